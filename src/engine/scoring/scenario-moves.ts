/**
 * The moves available at a dialogue node, as the analysis and the decision
 * review see them: each choice, plus letting a time limit expire ('timeout').
 * Routes are read on the state AFTER the turn's effects, as the runtime does.
 */
import type { DialogueNode, Ending, PatientState, Route, Scenario, StateEffects } from '../format/scenario.types';
import { nextTarget } from '../model/route';

export const TIMEOUT_MOVE = 'timeout';

export interface Move {
  /** Choice id, or 'timeout'. */
  id: string;
  text: string | null;
  codes: string[];
  effects: StateEffects | undefined;
  feedback: string | null;
  next: string | undefined;
  routes: Route[] | undefined;
}

export interface ScenarioLookup {
  scenario: Scenario;
  nodes: Map<string, DialogueNode>;
  endings: Map<string, Ending>;
  movesAt: (nodeId: string) => Move[];
}

const cache = new WeakMap<Scenario, ScenarioLookup>();

/** Lookups built once per scenario object. */
export function lookupScenario(scenario: Scenario): ScenarioLookup {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const endings = new Map(scenario.endings.map((e) => [e.id, e]));
  const moves = new Map<string, Move[]>();
  for (const node of scenario.nodes) moves.set(node.id, nodeMoves(node));
  const lookup: ScenarioLookup = { scenario, nodes, endings, movesAt: (id) => moves.get(id) ?? [] };
  cache.set(scenario, lookup);
  return lookup;
}

function nodeMoves(node: DialogueNode): Move[] {
  const out: Move[] = node.choices.map((c) => ({
    id: c.id,
    text: c.text,
    codes: c.codes,
    effects: c.effects,
    feedback: c.feedback ?? null,
    next: c.next,
    routes: c.routes,
  }));
  const limit = node.timeLimit;
  if (limit)
    out.push({
      id: TIMEOUT_MOVE,
      text: null,
      codes: limit.codes ?? [],
      effects: limit.effects,
      feedback: limit.feedback ?? null,
      next: limit.next,
      routes: limit.routes,
    });
  return out;
}

/** Where a move leads from the given (post-turn) state; null if no route matches. The model's one rule. */
export const resolveTarget = (move: Move, after: PatientState): string | null => nextTarget(move, after);

/** Every target a move could reach, whatever the state. */
export function possibleTargets(move: Move): string[] {
  if (move.next !== undefined) return [move.next];
  return [...new Set((move.routes ?? []).map((r) => r.next))];
}
