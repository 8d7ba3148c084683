/**
 * Which routes, nodes and endings some reachable conversation state actually
 * takes or reaches under the patient model. Routes depend on patient state,
 * so the walk runs over conversation states (node, patient state, previous
 * turn's codes) from the start, applying each move as the runtime does: the
 * turn's codes and effects first (applyTurn), then the first route whose
 * condition holds on the new state (resolveTarget, conditionHolds).
 *
 * Deterministic and bounded by a count of states, never by time, so a file
 * gives the same answer on any machine. When the count runs out the result
 * is `complete: false` and proves nothing about what is never reached.
 *
 * Built only on the engine's public functions, so it follows the patient
 * model wherever the model goes. That makes it slower per state than the
 * analysis's state space (about 8 µs: applyTurn dominates), hence its own
 * budget.
 */
import type { PatientState, Scenario } from '../format/scenario.types';
import { PATIENT_STATE_VARIABLES } from '../format/scenario.types';
import { applyTurn } from '../model/patient-step';
import { conditionHolds } from '../model/route';
import { lookupScenario, resolveTarget } from './scenario-moves';

/**
 * Most conversation states the walk visits: a design choice. The largest
 * shipped scenario has about 700k states (a few seconds); the budget leaves
 * room above that and caps the time any file can take.
 */
export const REACHABILITY_STATE_BUDGET = 1_000_000;

export interface ReachabilityOptions {
  maxStates?: number;
}

/** Lowest and highest value of each variable, in PATIENT_STATE_VARIABLES order. */
export interface StateRange {
  low: number[];
  high: number[];
}

export interface Reachability {
  /** False when the state budget ran out; then nothing below is conclusive. */
  complete: boolean;
  /** Conversation states visited. */
  states: number;
  nodes: ReadonlySet<string>;
  endings: ReadonlySet<string>;
  /** Routes some state takes, as routeKey(nodeId, moveIndex, routeIndex). */
  routes: ReadonlySet<string>;
  /** Patient state right after each move (index as in movesAt), over every visit. */
  after: ReadonlyMap<string, readonly StateRange[]>;
}

/** One route of one move (its index in lookupScenario(...).movesAt) at one node. */
export const routeKey = (nodeId: string, moveIndex: number, routeIndex: number): string => `${nodeId}\u0000${moveIndex}\u0000${routeIndex}`;

interface Visit {
  nodeId: string;
  patient: PatientState;
  previousCodes: readonly string[];
}

/** A node's previous-codes class: its interned id and the codes that matter there. */
interface PreviousClass {
  id: number;
  codes: readonly string[];
}

const NO_CODES: readonly string[] = [];

/** Anger, trust, goal and task agreement in one integer (101^4 < 2^31). */
const lowKey = (p: PatientState): number => ((p.anger * 101 + p.trust) * 101 + p.goalAgreement) * 101 + p.taskAgreement;

/** Visited states, keyed by two small integers as in the analysis's state index. */
class VisitedStates {
  private readonly byHigh = new Map<number, Set<number>>();
  size = 0;

  has(high: number, patient: PatientState): boolean {
    return this.byHigh.get(high)?.has(lowKey(patient)) ?? false;
  }

  /** Adds the state; false if it was already there. */
  add(high: number, patient: PatientState): boolean {
    const low = lowKey(patient);
    let lows = this.byHigh.get(high);
    if (!lows) this.byHigh.set(high, (lows = new Set()));
    if (lows.has(low)) return false;
    lows.add(low);
    this.size += 1;
    return true;
  }
}

function widen(range: StateRange, state: PatientState): void {
  for (let i = 0; i < PATIENT_STATE_VARIABLES.length; i++) {
    const value = state[PATIENT_STATE_VARIABLES[i]!];
    if (value < range.low[i]!) range.low[i] = value;
    if (value > range.high[i]!) range.high[i] = value;
  }
}

/** Walks every reachable conversation state breadth-first, within `maxStates`. */
export function reachableRoutes(scenario: Scenario, options: ReachabilityOptions = {}): Reachability {
  const maxStates = options.maxStates ?? REACHABILITY_STATE_BUDGET;
  const lookup = lookupScenario(scenario);
  const nodeIndex = new Map(scenario.nodes.map((node, i) => [node.id, i]));
  const nodes = new Set<string>();
  const endings = new Set<string>();
  const routes = new Set<string>();
  const after = new Map<string, StateRange[]>();
  const visited = new VisitedStates();
  const queue: (Visit | undefined)[] = [];
  // Only the previous codes some move at the node uses can act at reduced strength
  // there; states that differ only in the others behave alike, so they are merged.
  const classes = new Map<readonly string[], Map<string, PreviousClass>>();
  const classIds = new Map<string, number>();
  const previousClass = (nodeId: string, previousCodes: readonly string[]): PreviousClass => {
    let byNode = classes.get(previousCodes);
    if (!byNode) classes.set(previousCodes, (byNode = new Map<string, PreviousClass>()));
    let found = byNode.get(nodeId);
    if (!found) {
      const moves = lookup.movesAt(nodeId);
      const codes = [...new Set(previousCodes)].filter((code) => moves.some((m) => m.codes.includes(code))).sort();
      const name = codes.join(',');
      let id = classIds.get(name);
      if (id === undefined) classIds.set(name, (id = classIds.size));
      found = { id, codes };
      byNode.set(nodeId, found);
    }
    return found;
  };
  /** False when the state is new but the budget is spent. */
  const enqueue = (nodeId: string, patient: PatientState, previousCodes: readonly string[]): boolean => {
    const { id, codes } = previousClass(nodeId, previousCodes);
    const high = (id * scenario.nodes.length + nodeIndex.get(nodeId)!) * 101 + patient.injustice;
    if (visited.size >= maxStates) return visited.has(high, patient);
    if (!visited.add(high, patient)) return true;
    if (!nodes.has(nodeId)) {
      nodes.add(nodeId);
      after.set(
        nodeId,
        lookup.movesAt(nodeId).map(() => ({ low: [101, 101, 101, 101, 101], high: [-1, -1, -1, -1, -1] })),
      );
    }
    queue.push({ nodeId, patient, previousCodes: codes });
    return true;
  };
  let complete = lookup.nodes.has(scenario.start) && enqueue(scenario.start, scenario.initialState, NO_CODES);
  for (let head = 0; complete && head < queue.length; head++) {
    const { nodeId, patient, previousCodes } = queue[head]!;
    queue[head] = undefined; // visited states are not needed again
    const ranges = after.get(nodeId)!;
    lookup.movesAt(nodeId).forEach((move, k) => {
      if (!complete) return;
      const state = applyTurn(patient, move.codes, { effects: move.effects, previousCodes }).state;
      widen(ranges[k]!, state);
      const target = resolveTarget(move, state);
      if (target === null) return;
      if (move.next === undefined)
        routes.add(
          routeKey(
            nodeId,
            k,
            (move.routes ?? []).findIndex((route) => conditionHolds(state, route.when)),
          ),
        );
      if (lookup.endings.has(target)) endings.add(target);
      else if (lookup.nodes.has(target) && !enqueue(target, state, move.codes)) complete = false;
    });
  }
  return { complete, states: visited.size, nodes, endings, routes, after };
}
