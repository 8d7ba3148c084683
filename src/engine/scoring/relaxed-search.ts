/**
 * Fallback for scenarios too large to search exactly. It forgets patient state:
 * a node's value is an optimistic (for 'max') or pessimistic ('min') bound over
 * every route target and every strength a code could act at. A greedy walk
 * then follows the real patient model, choosing at each step the move whose
 * actual points plus the target's bound are best. The walk's result is
 * achievable; the node bound is not, so results are marked inexact.
 */
import type { Ending, PatientState } from '../format/scenario.types';
import { MAX_ROUTE_TURNS } from '../model/parameters';
import { moveObjectiveBound } from './move-bounds';
import { applyTurn } from '../model/patient-step';
import { possibleTargets, resolveTarget, type Move, type ScenarioLookup } from './scenario-moves';
import { DIMENSIONS } from './scoring.types';
import { addVectors, outcomeValue, turnRaw, zeroVector, type DimVector } from './turn-score';

/** A linear objective: points per raw unit of each dimension, plus a value per ending. */
export interface Objective {
  coef: DimVector;
  outcomeWeight: number;
  sense: 'max' | 'min';
}

const better = (sense: 'max' | 'min', a: number, b: number) => Number.isNaN(b) || (sense === 'max' ? a > b : a < b);
const terminal = (o: Objective, ending: Ending) => o.outcomeWeight * outcomeValue(ending.outcome);

/** Node ids in post-order (successors first), start first; back edges are ignored. Iterative: scenarios may be deep. */
const orders = new WeakMap<ScenarioLookup, string[]>();
export function nodeOrder(lookup: ScenarioLookup): string[] {
  const hit = orders.get(lookup);
  if (hit) return hit;
  const order: string[] = [];
  const seen = new Set<string>();
  const successors = (id: string) =>
    lookup
      .movesAt(id)
      .flatMap((m) => possibleTargets(m))
      .filter((t) => lookup.nodes.has(t));
  const roots = [lookup.scenario.start, ...lookup.scenario.nodes.map((n) => n.id)];
  for (const root of roots) {
    if (seen.has(root) || !lookup.nodes.has(root)) continue;
    seen.add(root);
    const stack: { id: string; next: string[] }[] = [{ id: root, next: successors(root) }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const child = top.next.pop();
      if (child === undefined) {
        order.push(top.id);
        stack.pop();
      } else if (!seen.has(child)) {
        seen.add(child);
        stack.push({ id: child, next: successors(child) });
      }
    }
  }
  orders.set(lookup, order);
  return order;
}

/** Bound on the objective still to earn from each node, computed once in post-order. */
export class RelaxedBounds {
  private readonly values = new Map<string, number>();
  constructor(
    private readonly lookup: ScenarioLookup,
    private readonly o: Objective,
  ) {
    for (const id of nodeOrder(lookup)) {
      let best = NaN;
      for (const move of lookup.movesAt(id)) {
        const now = moveObjectiveBound(o.coef, move, o.sense);
        for (const target of possibleTargets(move)) {
          const v = now + this.toGo(target);
          if (!Number.isNaN(v) && better(o.sense, v, best)) best = v;
        }
      }
      this.values.set(id, best);
    }
  }

  /** Bound from a node or ending id; NaN if no route ends (or the id is unknown). */
  toGo(id: string): number {
    const ending = this.lookup.endings.get(id);
    if (ending) return terminal(this.o, ending);
    return this.values.get(id) ?? NaN;
  }
}

/** Upper bound on distinct routes: every route target counts, whatever the state. */
export function relaxedRouteCount(lookup: ScenarioLookup, start: string): number {
  const counts = new Map<string, number>();
  const count = (id: string) => (lookup.endings.has(id) ? 1 : (counts.get(id) ?? 0));
  for (const id of nodeOrder(lookup)) {
    let n = 0;
    for (const move of lookup.movesAt(id)) for (const t of possibleTargets(move)) n += count(t);
    counts.set(id, Math.min(n, Number.MAX_SAFE_INTEGER));
  }
  return count(start);
}

export interface Walk {
  moves: string[];
  raw: DimVector;
  ending: Ending | null;
}

/** Greedy walk under the real patient model, guided by the relaxed bounds. */
export function greedyWalk(
  lookup: ScenarioLookup,
  o: Objective,
  bounds: RelaxedBounds,
  initial: PatientState,
  from: string = lookup.scenario.start,
  previousCodes: readonly string[] = [],
): Walk {
  let nodeId = from;
  let patient = initial;
  let prev: readonly string[] = previousCodes;
  const walk: Walk = { moves: [], raw: zeroVector(), ending: null };
  const seen = new Set<string>();
  const maxTurns = Math.max(MAX_ROUTE_TURNS, 2 * lookup.scenario.nodes.length);
  for (let turn = 0; turn < maxTurns; turn++) {
    seen.add(`${nodeId}|${JSON.stringify(patient)}|${prev.join(',')}`);
    let pick: { move: Move; raw: DimVector; after: PatientState; target: string } | null = null;
    let pickValue = NaN;
    for (const move of lookup.movesAt(nodeId)) {
      const after = applyTurn(patient, move.codes, { effects: move.effects, previousCodes: prev }).state;
      const target = resolveTarget(move, after);
      if (target === null || seen.has(`${target}|${JSON.stringify(after)}|${move.codes.join(',')}`)) continue;
      const raw = turnRaw(move.codes, patient, after, prev);
      const v = DIMENSIONS.reduce((a, d) => a + o.coef[d] * raw[d], 0) + bounds.toGo(target);
      if (!Number.isNaN(v) && better(o.sense, v, pickValue)) [pick, pickValue] = [{ move, raw, after, target }, v];
    }
    if (!pick) return walk;
    walk.moves.push(pick.move.id);
    walk.raw = addVectors(walk.raw, pick.raw);
    const ending = lookup.endings.get(pick.target);
    if (ending) return { ...walk, ending };
    [nodeId, patient, prev] = [pick.target, pick.after, pick.move.codes];
  }
  return walk;
}
