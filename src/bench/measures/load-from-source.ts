import { Compiler } from 'inkjs/full';
import { compileScenario, parseScenario } from '../../engine/authoring';
import { benchFixture } from '../bench-fixtures';
import type { BenchMeasure } from '../bench-types';
import { compareMedians, comparison } from '../timing';

/**
 * Source text → built form: parseScenario (YAML, migration, schema, with
 * positions) + compileScenario (content hash), vs inkjs compiling the
 * equivalent ink story. Graph validation and route analysis are authoring
 * checks, measured separately by their owners.
 */
export const loadFromSource: BenchMeasure = {
  name: 'load-from-source',
  description: 'Source text → built form (target ≤ 0.2× inkjs compile: parsed by js-yaml and zod, no hand-written fast path)',
  *run({ sizes, runsFor }) {
    for (const nodes of sizes) {
      const fixture = benchFixture(nodes);
      const runs = runsFor(nodes);
      const file = `bench-${nodes}.scenario.yaml`;
      const first = parseScenario(fixture.yaml, file);
      if (!first.scenario) {
        // 10,000 nodes of realistic text exceed the format's file size cap (SCN002).
        const reason = first.diagnostics[0]?.message ?? 'does not parse';
        yield { measure: 'load-from-source', nodes, skipped: reason, yaml_bytes: fixture.yaml.length, target: 0.2 };
        continue;
      }
      const [ours, ink] = compareMedians(
        runs,
        () => {
          const { scenario } = parseScenario(fixture.yaml, file);
          if (scenario) compileScenario(scenario);
        },
        () => {
          new Compiler(fixture.ink).Compile();
        },
      );
      yield comparison('load-from-source', nodes, runs, ours, ink, 0.2);
    }
  },
};
