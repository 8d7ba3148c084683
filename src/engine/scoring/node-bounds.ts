/**
 * An upper bound, per dialogue node, on the overall blend still to be
 * earned from there, whatever the patient's state: every route target is
 * assumed reachable and every code acts at its most rewarding strength
 * (full weight, or a repeat's half weight, or LIM's either weight). Exact
 * arithmetic is not needed: the branch and bound prunes only with a margin.
 * On a node graph with a cycle there is no finite bound by this recursion,
 * so nodeBounds returns null.
 */
import { LIM_CODE, LIM_MISPLACED_WEIGHT, REPEAT_FACTOR } from './model-parameters';
import { codeById } from './rubric';
import { possibleTargets, type ScenarioLookup } from './scenario-moves';
import { outcomeValue, type BlendModel } from './turn-score';

/** Most the blend can still gain per node (-Infinity: no ending reachable); null if the node graph has a cycle. */
export function nodeBounds(lookup: ScenarioLookup, model: BlendModel): Float64Array | null {
  const ids = lookup.scenario.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const successors = ids.map((id) =>
    lookup.movesAt(id).flatMap((m) => possibleTargets(m)).map((t) => index.get(t)).filter((t): t is number => t !== undefined),
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
      const now = moveBound(model, move.codes);
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

/** The most one turn with these codes can add to the blend (coefficients are never negative). */
function moveBound(model: BlendModel, codes: readonly string[]): number {
  let sum = 0;
  for (const id of new Set(codes)) {
    const code = codeById(id);
    if (!code) continue;
    const perPoint = [...new Set(code.dimensions)].reduce((a, d) => a + model.coef[d], 0);
    const weights = id === LIM_CODE ? [code.weight, LIM_MISPLACED_WEIGHT] : [code.weight];
    const points = weights.flatMap((w) => (w > 0 ? [w, w * REPEAT_FACTOR] : [w]));
    sum += Math.max(...points) * perPoint;
  }
  return sum;
}
