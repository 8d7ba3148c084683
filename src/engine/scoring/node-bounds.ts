/**
 * An upper bound, per dialogue node, on the overall blend still to be
 * earned from there, whatever the patient's state: every route target is
 * assumed reachable and every turn earns the most it could in any state
 * (move-bounds.ts). Exact
 * arithmetic is not needed: the branch and bound prunes only with a margin.
 * On a node graph with a cycle there is no finite bound by this recursion,
 * so nodeBounds returns null.
 */
import { moveObjectiveBound } from './move-bounds';
import { possibleTargets, type ScenarioLookup } from './scenario-moves';
import { outcomeValue, type BlendModel } from './turn-score';

/** Most the blend can still gain per node (-Infinity: no ending reachable); null if the node graph has a cycle. */
export function nodeBounds(lookup: ScenarioLookup, model: BlendModel): Float64Array | null {
  const ids = lookup.scenario.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const successors = ids.map((id) =>
    lookup
      .movesAt(id)
      .flatMap((m) => possibleTargets(m))
      .map((t) => index.get(t))
      .filter((t): t is number => t !== undefined),
  );
  // Kahn's algorithm on the reversed graph: a node is ready once all its successors are.
  const pending = successors.map((s) => s.length);
  const predecessors = ids.map((): number[] => []);
  successors.forEach((s, from) => s.forEach((to) => predecessors[to]!.push(from)));
  const ready = pending.flatMap((n, i) => (n === 0 ? [i] : []));
  const order: number[] = [];
  while (ready.length > 0) {
    const node = ready.pop()!;
    order.push(node);
    for (const p of predecessors[node]!) if (--pending[p]! === 0) ready.push(p);
  }
  if (order.length < ids.length) return null;
  const bound = new Float64Array(ids.length).fill(-Infinity);
  for (const node of order) {
    let best = -Infinity;
    for (const move of lookup.movesAt(ids[node]!)) {
      const now = moveObjectiveBound(model.coef, move, 'max');
      for (const target of possibleTargets(move)) {
        const ending = lookup.endings.get(target);
        const i = index.get(target);
        const rest = ending ? model.outcomeWeight * outcomeValue(ending.outcome) : i === undefined ? -Infinity : bound[i]!;
        if (now + rest > best) best = now + rest;
      }
    }
    bound[node] = best;
  }
  return bound;
}
