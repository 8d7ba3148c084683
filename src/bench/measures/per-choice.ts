import { Story } from 'inkjs/full';
import { createActor } from 'xstate';
import { createScenarioMachine, selectView, type CompiledScenario } from '../../engine/trainee';
import { benchFixture } from '../bench-fixtures';
import type { BenchMeasure } from '../bench-types';
import { compareMedians, comparison } from '../timing';

/** Longest walk timed per run (conversations are 10–15 decisions; this is far past that). */
const MAX_WALK = 1_000;

/**
 * One decision: send CHOOSE and read the next view (line + choices), vs inkjs
 * ChooseChoiceIndex() + ContinueMaximally(). Each run walks from the start,
 * always taking the first choice, and reports the mean per choice; the line
 * gives the median of those means.
 */
export const perChoice: BenchMeasure = {
  name: 'per-choice',
  description: 'One decision: CHOOSE + view vs inkjs ChooseChoiceIndex + Continue (target ≤ 0.5×)',
  *run({ sizes, runsFor }) {
    for (const nodes of sizes) {
      const fixture = benchFixture(nodes);
      const steps = Math.min(nodes, MAX_WALK);
      const runs = runsFor(nodes) * 3;
      const compiled = JSON.parse(fixture.compiledJson) as CompiledScenario;
      const machine = createScenarioMachine(compiled);
      const [ours, ink] = compareMedians(
        runs,
        () => {
          const actor = createActor(machine, { input: {} }).start();
          const start = performance.now();
          for (let i = 0; i < steps; i += 1) {
            actor.send({ type: 'CHOOSE', choiceId: 'c0' });
            selectView(actor.getSnapshot(), compiled);
          }
          const perChoiceMs = (performance.now() - start) / steps;
          actor.stop();
          return perChoiceMs;
        },
        () => {
          const story = new Story(fixture.inkJson);
          story.ContinueMaximally();
          const start = performance.now();
          for (let i = 0; i < steps; i += 1) {
            story.ChooseChoiceIndex(0);
            story.ContinueMaximally();
          }
          return (performance.now() - start) / steps;
        },
      );
      yield { ...comparison('per-choice', nodes, runs, ours, ink, 0.5), choicesPerRun: steps };
    }
  },
};
