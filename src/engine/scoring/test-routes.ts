/**
 * Route walkers for scoring tests: every route by brute force, and a random
 * walk. The scenarios they walk come from the test factories in
 * runtime/testing (or, outside the engine, the testing door).
 */
import type { PatientState } from '../format/scenario.types';
import { applyTurn } from '../model/patient-step';
import { lookupScenario, resolveTarget } from './scenario-moves';
import type { ScorableScenario } from './scoring.types';

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
