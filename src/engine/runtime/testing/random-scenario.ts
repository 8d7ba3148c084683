import type { DialogueNode, Scenario } from '../../format/scenario.types';
import { OUTCOME_CLASSES } from '../../format/scenario.types';
import { RUBRIC } from '../../model/rubric';
import { seededRandom } from '../mulberry32';
import { choice, ending, makeScenario, node } from './fake-scenario';

/** A small deterministic PRNG (mulberry32), so a seed reproduces a scenario. */
export const prng = seededRandom;

/**
 * A layered random scenario for property tests: every choice moves to a later
 * layer or an ending, so every route ends.
 */
export function randomScenario(seed: number, layers = 4, width = 2): Scenario {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const codes = RUBRIC.codes.map((c) => c.id);
  const endings = OUTCOME_CLASSES.map((o) => ending(`end-${o}`, o));
  const id = (layer: number, k: number) => `n${layer}-${k}`;
  const nodes: DialogueNode[] = [];
  for (let layer = 0; layer < layers; layer++) {
    const count = layer === 0 ? 1 : width;
    for (let k = 0; k < count; k++) {
      const target = () => (layer + 1 < layers && rand() < 0.85 ? id(layer + 1, Math.floor(rand() * width)) : pick(endings).id);
      const choices = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, c) => {
        const picked = [pick(codes), ...(rand() < 0.4 ? [pick(codes)] : [])];
        const routed = rand() < 0.3;
        return choice(
          `c${c}`,
          picked,
          routed ? [{ when: { anger: { atLeast: 40 + Math.floor(rand() * 50) } }, next: target() }, { next: target() }] : target(),
        );
      });
      const timed = rand() < 0.25 ? { timeLimit: { seconds: 15, effects: { anger: 5 + Math.floor(rand() * 10) }, next: target() } } : {};
      nodes.push(node(id(layer, k), choices, timed));
    }
  }
  const s = (n: number) => Math.floor(rand() * n);
  return makeScenario(nodes, endings, {
    initialState: { anger: 20 + s(70), trust: 10 + s(60), injustice: s(100), goalAgreement: s(40), taskAgreement: s(40) },
  });
}
