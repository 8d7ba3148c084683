/**
 * The value of each move at a point in a conversation: its own contribution to
 * the overall blend plus the best blend still reachable after it. Exact when
 * the scenario's state space fits the budget (the usual case); otherwise the
 * best a greedy walk from there reaches (an achievable, slightly pessimistic
 * estimate). The difference to the best move, in overall-score points, is the
 * decision's regret.
 */
import type { PatientState } from '../format/scenario.types';
import { ANALYSIS_STATE_BUDGET, REVIEW_BUDGET_MS } from './model-parameters';
import { applyTurn } from './patient-model';
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

export class MoveValuer {
  private readonly model: BlendModel;
  private readonly objective: Objective;
  private exact: { space: StateSpace; pass: Pass } | null = null;
  private relaxed: RelaxedBounds | null = null;
  /** Overall-score points per blend unit. */
  readonly pointsPerUnit: number;

  constructor(
    private readonly lookup: ScenarioLookup,
    analysis: ScenarioAnalysis,
    budgetMs = REVIEW_BUDGET_MS,
  ) {
    this.model = blendModel(analysis.dimensionBounds);
    this.objective = { coef: this.model.coef, outcomeWeight: this.model.outcomeWeight, sense: 'max' };
    const range = analysis.blendBounds ? analysis.blendBounds.best - analysis.blendBounds.worst : 0;
    this.pointsPerUnit = range > 1e-9 ? 100 / range : 100;
    const { scenario } = lookup;
    const space = new StateSpace(lookup, { maxStates: ANALYSIS_STATE_BUDGET, deadline: Date.now() + budgetMs });
    try {
      space.root(scenario.start, scenario.initialState, []);
      this.exact = { space, pass: blendPass(space, this.model, 'max') };
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
    }
  }

  valuesAt(at: Situation): MoveValue[] {
    return this.lookup.movesAt(at.nodeId).map((move) => ({ move, value: this.value(at, move) }));
  }

  private value(at: Situation, move: Move): number {
    const after = applyTurn(at.before, move.codes, { effects: move.effects, previousCodes: at.previousCodes }).state;
    const target = resolveTarget(move, after);
    if (target === null) return NaN;
    const now = blendReward(this.model, turnRaw(move.codes, at.before, at.previousCodes));
    const ending = this.lookup.endings.get(target);
    if (ending) return now + this.model.outcomeWeight * outcomeValue(ending.outcome);
    if (!this.lookup.nodes.has(target)) return NaN;
    const found = this.exact?.space.find(target, after, move.codes);
    if (this.exact && found !== undefined) return now + this.exact.pass.value[found]!;
    return now + this.greedyToGo(target, after, move.codes);
  }

  /** Blend a greedy walk earns from a state (no offset); NaN if it never ends. */
  private greedyToGo(nodeId: string, patient: PatientState, previousCodes: readonly string[]): number {
    this.relaxed ??= new RelaxedBounds(this.lookup, this.objective);
    const walk = greedyWalk(this.lookup, this.objective, this.relaxed, patient, nodeId, previousCodes);
    if (!walk.ending) return NaN;
    return blendReward(this.model, walk.raw) + this.model.outcomeWeight * outcomeValue(walk.ending.outcome);
  }
}
