/**
 * The value of each move at a point in a conversation: its own contribution to
 * the overall blend plus the best blend still reachable after it. The
 * difference to the best move, in overall-score points, is the decision's
 * regret.
 *
 * How the continuation is found, in order of preference:
 *  1. Branch and bound from the move's resulting state (continuation-search.ts):
 *     exact, and it expands only states near the trainee's path. Used when the
 *     scenario's node graph has no cycle (every shipped scenario).
 *  2. Otherwise the whole state space is expanded once, as the analysis does,
 *     and every state's best continuation read off one pass (exact).
 *  3. When the review's state budget (REVIEW_STATE_BUDGET) runs
 *     out, or a state was not reached by (2), the best a greedy walk from there
 *     reaches: an achievable, slightly pessimistic estimate. With (1), the
 *     decisions valued before the budget ran out stay exact; each later one is
 *     valued greedily as a whole, so its moves are compared like with like.
 */
import type { PatientState } from '../format/scenario.types';
import { continuationSearch, type ContinuationSearch, type ReviewBudget } from './continuation-search';
import { packState, unpackState } from './fast-scenario';
import { REVIEW_STATE_BUDGET } from '../model/parameters';
import { applyTurn } from '../model/patient-step';
import { greedyWalk, RelaxedBounds, type Objective } from './relaxed-search';
import { resolveTarget, type Move, type ScenarioLookup } from './scenario-moves';
import type { ScenarioAnalysis } from './scoring.types';
import { blendPass, type Pass } from './space-search';
import { BudgetExceeded, StateSpace } from './state-space';
import { blendModel, blendReward, outcomeValue, turnRaw, type BlendModel } from './turn-score';

export interface Situation {
  nodeId: string;
  before: PatientState;
  previousCodes: readonly string[];
}

export interface MoveValue {
  move: Move;
  /** Blend units (0–1 scale); NaN when the move leads nowhere. */
  value: number;
}

/** The chosen move and the best one (the first of the highest values), as valuesAt would rank them. */
export interface DecisionValues {
  chosen: MoveValue | undefined;
  best: MoveValue | null;
}

/** Slack (blend units) below which a move cannot be pruned as worse than the best found. */
const EPS = 1e-9;

/** The first move with the highest value (NaN never wins). */
export function bestOf(values: readonly MoveValue[]): MoveValue | null {
  return values.reduce<MoveValue | null>((a, v) => (Number.isNaN(v.value) || (a && a.value >= v.value) ? a : v), null);
}

/** A move's immediate effect at a situation; `child` is set when it leads to a dialogue node. */
interface Step {
  move: Move;
  /** Exact value when the move ends the conversation or leads nowhere (NaN); else undefined. */
  value: number | undefined;
  now: number;
  after: PatientState;
  target: string;
}

export class MoveValuer {
  private readonly model: BlendModel;
  private readonly objective: Objective;
  private exact: { space: StateSpace; pass: Pass } | null = null;
  private readonly search: ContinuationSearch | null;
  private readonly budget: ReviewBudget;
  private exhausted = false;
  private relaxed: RelaxedBounds | null = null;
  /** Overall-score points per blend unit. */
  readonly pointsPerUnit: number;

  constructor(
    private readonly lookup: ScenarioLookup,
    analysis: ScenarioAnalysis,
    maxStates = REVIEW_STATE_BUDGET,
  ) {
    this.model = blendModel(analysis.dimensionBounds);
    this.objective = { coef: this.model.coef, outcomeWeight: this.model.outcomeWeight, sense: 'max' };
    // The overall score is 100 × the blend (turn-score.ts).
    this.pointsPerUnit = 100;
    this.budget = { maxStates, used: 0 };
    this.search = continuationSearch(lookup, this.model);
    if (!this.search) this.expandAll();
  }

  /** Every move's value (exact unless the budget ran out). */
  valuesAt(at: Situation): MoveValue[] {
    return (this.search && !this.exhausted && this.branchValues(at, null)) || this.fallbackValues(at);
  }

  /**
   * The chosen move's value and the best move, as valuesAt would give them,
   * valuing only what that needs: a move that provably cannot beat the best
   * found so far is not valued exactly.
   */
  decide(at: Situation, chosenId: string): DecisionValues {
    const values = (this.search && !this.exhausted && this.branchValues(at, chosenId)) || this.fallbackValues(at);
    return { chosen: values.find((v) => v.move.id === chosenId), best: bestOf(values) };
  }

  /**
   * Values by branch and bound; with a chosen move, moves that cannot be the
   * best are left NaN. Null when the budget runs out (then valued greedily).
   */
  private branchValues(at: Situation, chosenId: string | null): MoveValue[] | null {
    const search = this.search!;
    const steps = this.lookup.movesAt(at.nodeId).map((move) => this.stepOf(at, move));
    const values = steps.map((s) => s.value ?? NaN);
    let incumbent = -Infinity;
    for (const v of values) if (v > incumbent) incumbent = v;
    const fast = search.tables.fast;
    const pending = steps.flatMap((s, i) => (s.value === undefined ? [i] : []));
    const estimate = (i: number) => steps[i]!.now + search.nodeBound(fast.nodeIndex.get(steps[i]!.target)!);
    // The chosen move first (it must be exact), then the most promising.
    const rank = (i: number) => (steps[i]!.move.id === chosenId ? Infinity : estimate(i));
    pending.sort((a, b) => rank(b) - rank(a) || a - b);
    try {
      for (const i of pending) {
        const step = steps[i]!;
        const pruning = chosenId !== null && step.move.id !== chosenId;
        if (pruning && estimate(i) < incumbent - EPS) continue;
        const node = fast.nodeIndex.get(step.target)!;
        const prev = search.tables.prevIdFor(node, step.move.codes);
        const alpha = pruning ? incumbent - step.now - EPS : -Infinity;
        const found = search.valueOf(node, unpackState(packState(step.after)), prev, alpha, this.budget);
        if (!found.exact || found.value === -Infinity) continue;
        values[i] = step.now + found.value;
        if (values[i] > incumbent) incumbent = values[i]!;
      }
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      this.exhausted = true;
      return null;
    }
    return steps.map((s, i) => ({ move: s.move, value: values[i]! }));
  }

  private stepOf(at: Situation, move: Move): Step {
    const after = applyTurn(at.before, move.codes, { effects: move.effects, previousCodes: at.previousCodes }).state;
    const target = resolveTarget(move, after);
    const step: Step = { move, value: NaN, now: 0, after, target: target ?? '' };
    if (target === null) return step;
    step.now = blendReward(this.model, turnRaw(move.codes, at.before, after, at.previousCodes));
    const ending = this.lookup.endings.get(target);
    if (ending) step.value = step.now + this.model.outcomeWeight * outcomeValue(ending.outcome);
    else if (this.lookup.nodes.has(target)) step.value = undefined;
    return step;
  }

  /** Methods 2 and 3: the whole state space, else greedy walks. */
  private fallbackValues(at: Situation): MoveValue[] {
    return this.lookup.movesAt(at.nodeId).map((move) => ({ move, value: this.value(at, move) }));
  }

  /** Method 2: expand the whole state space within the budget (scenarios whose node graph has a cycle). */
  private expandAll(): void {
    const { scenario } = this.lookup;
    const space = new StateSpace(this.lookup, this.budget);
    try {
      space.root(scenario.start, scenario.initialState, []);
      this.exact = { space, pass: blendPass(space, this.model, 'max') };
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
    }
  }

  private value(at: Situation, move: Move): number {
    const step = this.stepOf(at, move);
    if (step.value !== undefined) return step.value;
    const found = this.exact?.space.find(step.target, step.after, move.codes);
    if (this.exact && found !== undefined) return step.now + this.exact.pass.value[found]!;
    return step.now + this.greedyToGo(step.target, step.after, move.codes);
  }

  /** Blend a greedy walk earns from a state (no offset); NaN if it never ends. */
  private greedyToGo(nodeId: string, patient: PatientState, previousCodes: readonly string[]): number {
    this.relaxed ??= new RelaxedBounds(this.lookup, this.objective);
    const walk = greedyWalk(this.lookup, this.objective, this.relaxed, patient, nodeId, previousCodes);
    if (!walk.ending) return NaN;
    return blendReward(this.model, walk.raw) + this.model.outcomeWeight * outcomeValue(walk.ending.outcome);
  }
}
