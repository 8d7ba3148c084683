import type { Choice, DialogueNode, Route, TimeLimit } from '../format/scenario.types';
import type { CompiledScenario } from './compile-scenario';
import { scenarioMachineSetup } from './machine-setup';
import { routeKey, stateKey } from './scenario-index';

type MachineConfig = Parameters<typeof scenarioMachineSetup.createMachine>[0];
type StatesConfig = NonNullable<MachineConfig['states']>;
type StateConfig = StatesConfig[string];

/** The machine id; targets are absolute (`#scenario.<key>`) so substates can leave their node. */
export const MACHINE_ID = 'scenario';
/** Substates of a timed node: the clock runs in `waiting` and is frozen in `paused`. */
export const WAITING = 'waiting';
export const PAUSED = 'paused';

const target = (key: string): string => `#${MACHINE_ID}.${key}`;

/** Where a choice or time limit leads: a node, or the transient state choosing among its routes. */
function branchTarget(nodeId: string, branch: string, next: string | undefined, routes: Route[] | undefined): string {
  return routes && routes.length > 0 ? target(routeKey(nodeId, branch)) : target(stateKey(next ?? ''));
}

/**
 * The transient state after a turn with routes, read on the state after the
 * turn's effects. Each `always` transition takes the route the model's
 * routing rule picks (model/route.ts), so the machine cannot disagree with
 * the analysis; the last route is the fallback (the format requires it).
 */
function routeState(routes: Route[]): StateConfig {
  return {
    always: routes.map((route, index) =>
      index < routes.length - 1
        ? { guard: { type: 'routeTaken' as const, params: { routes, index } }, target: target(stateKey(route.next)) }
        : { target: target(stateKey(route.next)) },
    ),
  };
}

function chooseTransitions(node: DialogueNode) {
  return node.choices.map((choice: Choice) => ({
    guard: { type: 'isChoice' as const, params: { choiceId: choice.id } },
    target: branchTarget(node.id, choice.id, choice.next, choice.routes),
    reenter: true,
    actions: [
      {
        type: 'recordChoice' as const,
        params: { nodeId: node.id, choiceId: choice.id, codes: choice.codes, effects: choice.effects },
      },
    ],
  }));
}

function timedNodeState(node: DialogueNode, limit: TimeLimit): StateConfig {
  const timeout = {
    guard: 'hasClock' as const,
    target: branchTarget(node.id, 'timeout', limit.next, limit.routes),
    reenter: true,
    actions: [{ type: 'recordTimeout' as const, params: { nodeId: node.id, codes: limit.codes ?? [], effects: limit.effects } }],
  };
  return {
    initial: WAITING,
    entry: [{ type: 'startTimeLimit', params: { seconds: limit.seconds } }],
    exit: ['clearClock'],
    states: {
      [WAITING]: {
        entry: ['armDeadline'],
        after: { timeLimit: timeout },
        on: {
          CHOOSE: chooseTransitions(node),
          TIME_UP: timeout,
          PAUSE: { target: PAUSED, actions: ['freezeClock'] },
          REARM: { target: WAITING, reenter: true, actions: ['recomputeRemaining'] },
        },
      },
      [PAUSED]: { on: { RESUME: { target: WAITING, actions: ['unpause'] } } },
    },
  };
}

/**
 * A compiled scenario → its XState v5 machine: one state per node, CHOOSE
 * transitions guarded by `isChoice`, routes as guarded `always` transitions,
 * time limits as a delayed transition, endings as final states. All behaviour
 * lives in machine-setup.ts; this only lays out the graph.
 */
export function createScenarioMachine(compiled: CompiledScenario) {
  const { scenario, contentHash } = compiled;
  const states: StatesConfig = {};
  for (const node of scenario.nodes) {
    states[stateKey(node.id)] = node.timeLimit ? timedNodeState(node, node.timeLimit) : { on: { CHOOSE: chooseTransitions(node) } };
    for (const choice of node.choices) {
      if (choice.routes?.length) states[routeKey(node.id, choice.id)] = routeState(choice.routes);
    }
    if (node.timeLimit?.routes?.length) states[routeKey(node.id, 'timeout')] = routeState(node.timeLimit.routes);
  }
  for (const ending of scenario.endings) states[stateKey(ending.id)] = { type: 'final' };

  return scenarioMachineSetup.createMachine({
    id: MACHINE_ID,
    initial: stateKey(scenario.start),
    context: ({ input }) => ({
      scenarioId: scenario.id,
      contentHash,
      patient: { ...(input.patient ?? scenario.initialState) },
      transcript: [],
      previousCodes: [],
      deadline: null,
      remainingMs: null,
      paused: false,
      timeLimitFactor: input.timeLimitFactor === undefined ? 1 : input.timeLimitFactor,
      seed: input.seed ?? null,
    }),
    // Untimed nodes pause too (the view shows it); timed nodes handle these in their substates.
    on: { PAUSE: { actions: ['pause'] }, RESUME: { actions: ['unpause'] } },
    states,
  });
}

/** The machine type, for helpers that take one. */
export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
