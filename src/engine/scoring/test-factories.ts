/**
 * In-memory scenarios for scoring tests: a hand-made small one and a seeded
 * random generator (layered, so every route ends) for property tests.
 */
import type { Choice, DialogueNode, Ending, OutcomeClass, PatientState, Scenario } from '../format/scenario.types';
import { OUTCOME_CLASSES } from '../format/scenario.types';
import { fakeScenario } from '../format/test-scenario';
import { applyTurn } from '../model/patient-step';
import { RUBRIC } from '../model/rubric';
import { lookupScenario, resolveTarget } from './scenario-moves';
import type { ScorableScenario } from './scoring.types';
import { seededRandom } from '../runtime/mulberry32';

export function makeScenario(nodes: DialogueNode[], endings: Ending[], patch: Partial<Scenario> = {}): Scenario {
  return fakeScenario({
    id: 'test-scenario',
    title: 'Test',
    initialState: { anger: 65, trust: 25, injustice: 70, goalAgreement: 10, taskAgreement: 5 },
    phases: [{ id: 'p', title: 'Phase' }],
    start: nodes[0]?.id ?? 'start',
    nodes,
    endings,
    ...patch,
  });
}

export const node = (id: string, choices: Choice[], patch: Partial<DialogueNode> = {}): DialogueNode => ({
  id,
  phase: 'p',
  patient: { text: `Patient at ${id}` },
  choices,
  ...patch,
});

export const choice = (id: string, codes: string[], next: string | Choice['routes'], patch: Partial<Choice> = {}): Choice => ({
  id,
  text: `Say ${id}`,
  codes,
  ...(typeof next === 'string' ? { next } : { routes: next }),
  ...patch,
});

export const ending = (id: string, outcome: OutcomeClass): Ending => ({ id, outcome, title: id, text: `Ending ${id}` });

/** Three decisions with a time limit, conditional routes and all four outcomes. */
export function smallScenario(): Scenario {
  return makeScenario(
    [
      node(
        'open',
        [
          choice('a', ['CR', 'VAL'], 'explore'),
          choice('b', ['DIS', 'REAS'], [{ when: { anger: { atLeast: 80 } }, next: 'walkout' }, { next: 'explore' }]),
          choice('c', ['QQ'], 'explore'),
        ],
        { timeLimit: { seconds: 20, effects: { anger: 8 }, next: 'explore' } },
      ),
      node('explore', [
        choice('a', ['INJ'], 'plan'),
        choice('b', ['GOAL'], 'plan'),
        choice('c', ['ARG'], [{ when: { anger: { atLeast: 85 } }, next: 'walkout' }, { next: 'plan' }]),
      ]),
      node('plan', [
        choice('a', ['GOAL', 'SEEK'], [{ when: { anger: { atMost: 50 } }, next: 'together' }, { next: 'partly' }]),
        choice('b', ['PERS'], 'gone'),
        choice('c', ['SUM', 'AUT'], [{ when: { trust: { atLeast: 38 } }, next: 'together' }, { next: 'partly' }]),
      ]),
    ],
    [ending('together', 'alliance'), ending('partly', 'partial'), ending('gone', 'disengaged'), ending('walkout', 'escalated')],
  );
}

/** A small deterministic PRNG (mulberry32), so a seed reproduces a scenario. */
export const prng = seededRandom;

/** A layered random scenario: every choice moves to a later layer or an ending. */
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

/** Every complete route by brute force (for checking the memoised search on small scenarios). */
export function enumerateRoutes(compiled: ScorableScenario, maxTurns = 40): string[][] {
  const lookup = lookupScenario(compiled.scenario);
  const out: string[][] = [];
  const grow = (prefix: string[], nodeId: string, patient: PatientState, prev: readonly string[]) => {
    for (const move of lookup.movesAt(nodeId)) {
      const after = applyTurn(patient, move.codes, { effects: move.effects, previousCodes: prev }).state;
      const target = resolveTarget(move, after);
      if (target === null) continue;
      const route = [...prefix, move.id];
      if (lookup.endings.has(target)) out.push(route);
      else if (lookup.nodes.has(target) && route.length < maxTurns) grow(route, target, after, move.codes);
    }
  };
  grow([], compiled.scenario.start, compiled.scenario.initialState, []);
  return out;
}

/** A random walk to an ending (or a dead end), choosing uniformly with `rand`. */
export function randomRoute(compiled: ScorableScenario, rand: () => number, maxTurns = 60): string[] {
  const lookup = lookupScenario(compiled.scenario);
  const route: string[] = [];
  let nodeId = compiled.scenario.start;
  let patient = compiled.scenario.initialState;
  let prev: readonly string[] = [];
  while (route.length < maxTurns) {
    const moves = lookup.movesAt(nodeId);
    const move = moves[Math.floor(rand() * moves.length)];
    if (!move) break;
    const after = applyTurn(patient, move.codes, { effects: move.effects, previousCodes: prev }).state;
    route.push(move.id);
    const target = resolveTarget(move, after);
    if (target === null || !lookup.nodes.has(target)) break;
    [nodeId, patient, prev] = [target, after, move.codes];
  }
  return route;
}
