import { Story } from 'inkjs/full';
import { createActor } from 'xstate';
import { createScenarioMachine, type CompiledScenario } from '../../engine/trainee';
import { benchFixture } from '../bench-fixtures';
import type { BenchMeasure } from '../bench-types';
import { compareMedians, comparison } from '../timing';

/** Built form → ready to play: JSON.parse + machine + started actor, vs inkjs `new Story(json)`. */
export const loadFromBuilt: BenchMeasure = {
  name: 'load-from-built',
  description: 'Load the built form and start a session (target ≤ 1.0× inkjs new Story)',
  *run({ sizes, runsFor }) {
    for (const nodes of sizes) {
      const fixture = benchFixture(nodes);
      const runs = runsFor(nodes) * 3;
      const [ours, ink] = compareMedians(
        runs,
        () => {
          const compiled = JSON.parse(fixture.compiledJson) as CompiledScenario;
          createActor(createScenarioMachine(compiled), { input: {} }).start().stop();
        },
        () => {
          new Story(fixture.inkJson);
        },
      );
      yield comparison('load-from-built', nodes, runs, ours, ink, 1.0);
    }
  },
};
