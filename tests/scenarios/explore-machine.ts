/**
 * Exhaustive, bounded exploration of a scenario machine with xstate's pure
 * `transition`. States are keyed by what decides the future (node, patient
 * state, last turn's codes), not by history, so the search is finite even
 * where routes loop; xstate/graph's getSimplePaths enumerates every history
 * and explodes combinatorially on real scenarios (4 choices × 15 decisions).
 */
import { initialTransition, transition } from 'xstate';
import {
  createScenarioMachine,
  currentId,
  type CompiledScenario,
  type RuntimeEvent,
  type ScenarioMachine,
  type ScenarioSnapshot,
  seededRandom,
} from '../../src/engine/trainee';

export interface ExploredState {
  key: string;
  /** False for states found but left unexpanded when the bound was hit. */
  expanded: boolean;
  snapshot: ScenarioSnapshot;
  /** Outgoing moves: the event and the key of the state it leads to. */
  edges: { event: RuntimeEvent; to: string }[];
  /** Events offered here that changed nothing (a choice that goes nowhere). */
  inert: RuntimeEvent[];
}

export interface Exploration {
  states: Map<string, ExploredState>;
  /** True when the bound was hit before every state was expanded. */
  truncated: boolean;
  /** Expanded non-final states with no way on. */
  deadEnds: string[];
  /** States from which no ending can be reached at all (only when not truncated). */
  cannotFinish: string[];
  /** Ending id → how many distinct states rest there. */
  endings: Map<string, number>;
}

export function stateKeyOf(snapshot: ScenarioSnapshot): string {
  const { patient, previousCodes } = snapshot.context;
  const vars = `${patient.anger},${patient.trust},${patient.injustice},${patient.goalAgreement},${patient.taskAgreement}`;
  return `${JSON.stringify(snapshot.value)}|${vars}|${previousCodes.join('+')}`;
}

/** The moves a trainee has at this snapshot: each choice, and letting time run out. */
export function movesAt(snapshot: ScenarioSnapshot, compiled: CompiledScenario): RuntimeEvent[] {
  if (snapshot.status !== 'active') return [];
  const node = compiled.scenario.nodes.find((n) => n.id === currentId(snapshot, compiled));
  if (!node) return [];
  const moves: RuntimeEvent[] = node.choices.map((c) => ({ type: 'CHOOSE', choiceId: c.id }));
  if (node.timeLimit) moves.push({ type: 'TIME_UP' });
  return moves;
}

/**
 * Breadth-first over conversation states, expanding at most `maxStates`
 * (so the shallow part of a big scenario is covered exactly).
 */
export function exploreScenario(compiled: CompiledScenario, maxStates = 3_000): Exploration {
  const machine: ScenarioMachine = createScenarioMachine(compiled);
  const [initial] = initialTransition(machine, {});
  const states = new Map<string, ExploredState>();
  const queue: ScenarioSnapshot[] = [initial];
  states.set(stateKeyOf(initial), { key: stateKeyOf(initial), expanded: false, snapshot: initial, edges: [], inert: [] });
  let truncated = false;
  for (let i = 0; i < queue.length; i += 1) {
    if (i >= maxStates) {
      truncated = true;
      break;
    }
    const snapshot = queue[i] as ScenarioSnapshot;
    const here = states.get(stateKeyOf(snapshot)) as ExploredState;
    here.expanded = true;
    for (const event of movesAt(snapshot, compiled)) {
      const [next] = transition(machine, snapshot, event);
      if (next.context.transcript.length === snapshot.context.transcript.length) {
        here.inert.push(event);
        continue;
      }
      const key = stateKeyOf(next);
      here.edges.push({ event, to: key });
      if (!states.has(key)) {
        states.set(key, { key, expanded: false, snapshot: next, edges: [], inert: [] });
        queue.push(next);
      }
    }
  }
  return { states, truncated, ...summarise(states, truncated, compiled) };
}

function summarise(states: Map<string, ExploredState>, truncated: boolean, compiled: CompiledScenario) {
  const endings = new Map<string, number>();
  const finished = new Set<string>();
  const incoming = new Map<string, string[]>();
  const deadEnds: string[] = [];
  for (const state of states.values()) {
    if (state.snapshot.status === 'done') {
      const id = currentId(state.snapshot, compiled);
      endings.set(id, (endings.get(id) ?? 0) + 1);
      finished.add(state.key);
    } else if (state.edges.length === 0 && state.expanded) {
      deadEnds.push(state.key);
    }
    for (const edge of state.edges) incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), state.key]);
  }
  // Walk backwards from every ending: whatever is not reached cannot finish.
  const queue = [...finished];
  for (let i = 0; i < queue.length; i += 1) {
    for (const from of incoming.get(queue[i] as string) ?? []) {
      if (!finished.has(from)) {
        finished.add(from);
        queue.push(from);
      }
    }
  }
  const cannotFinish = truncated ? [] : [...states.keys()].filter((key) => !finished.has(key));
  return { deadEnds, cannotFinish, endings };
}

export { seededRandom };

/** Plays random moves from the start until an ending (or `maxTurns`). */
export function randomRoute(compiled: CompiledScenario, machine: ScenarioMachine, random: () => number, maxTurns = 200): ScenarioSnapshot {
  let [snapshot] = initialTransition(machine, {});
  for (let turn = 0; turn < maxTurns && snapshot.status === 'active'; turn += 1) {
    const moves = movesAt(snapshot, compiled);
    const move = moves[Math.floor(random() * moves.length)];
    if (!move) break;
    [snapshot] = transition(machine, snapshot, move);
  }
  return snapshot;
}

/**
 * Node ids from which no ending can be reached even ignoring route
 * conditions (every `next` of every choice, route and time limit counts).
 */
export function nodesThatCannotFinish(compiled: CompiledScenario): string[] {
  const { nodes, endings } = compiled.scenario;
  const targets = (node: (typeof nodes)[number]): string[] =>
    [...node.choices, ...(node.timeLimit ? [node.timeLimit] : [])].flatMap((t) => [
      ...(t.next ? [t.next] : []),
      ...(t.routes ?? []).map((r) => r.next),
    ]);
  const canFinish = new Set(endings.map((e) => e.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const node of nodes) {
      if (!canFinish.has(node.id) && targets(node).some((t) => canFinish.has(t))) {
        canFinish.add(node.id);
        changed = true;
      }
    }
  }
  return nodes.map((n) => n.id).filter((id) => !canFinish.has(id));
}

/** Plays move ids ('timeout' = TIME_UP) from the start with the pure transition function. */
export function replayMoves(machine: ScenarioMachine, moves: readonly string[]): ScenarioSnapshot {
  let [snapshot] = initialTransition(machine, {});
  for (const move of moves) {
    const event: RuntimeEvent = move === 'timeout' ? { type: 'TIME_UP' } : { type: 'CHOOSE', choiceId: move };
    [snapshot] = transition(machine, snapshot, event);
  }
  return snapshot;
}
