import { assign, setup } from 'xstate';
import { applyTurn } from '../model/patient-step';
import { routeIndex } from '../model/route';
import type { ChoiceParams, RouteParams, RuntimeEvent, SessionContext, SessionInput, TimeoutParams } from './session-context';
import type { TranscriptEntry } from './session.types';

/** Wall-clock time; vi.useFakeTimers replaces it in tests. */
const now = (): number => Date.now();

function takeTurn(
  context: SessionContext,
  nodeId: string,
  choiceId: string | null,
  codes: string[],
  effects: ChoiceParams['effects'],
): Partial<SessionContext> {
  const { state, delta } = applyTurn(context.patient, codes, { effects, previousCodes: context.previousCodes });
  // Written out rather than spread: `{ ...x, more }` takes a slow path in V8
  // (~3 µs), which would be a fifth of a whole transition.
  const entry: TranscriptEntry = {
    turn: context.transcript.length,
    nodeId,
    kind: choiceId === null ? 'timeout' : 'choice',
    choiceId,
    codes,
    before: context.patient,
    after: state,
    delta,
    at: now(),
  };
  return { patient: state, transcript: context.transcript.concat([entry]), previousCodes: codes };
}

/**
 * Every named guard, action and delay of a scenario machine. The per-scenario
 * config (create-scenario-machine.ts) refers to them by name with serialisable
 * params only, so this is built once for all scenarios.
 */
export const scenarioMachineSetup = setup({
  types: {
    context: {} as SessionContext,
    events: {} as RuntimeEvent,
    // XState reads the input type from this assertion; the rule sees only the value `{}`.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    input: {} as SessionInput,
  },
  guards: {
    /** The trainee picked this choice, and the session is not paused. */
    isChoice: ({ context, event }, params: { choiceId: string }) =>
      !context.paused && event.type === 'CHOOSE' && event.choiceId === params.choiceId,
    /** This route is the one the routing rule takes from the state after the turn. */
    routeTaken: ({ context }, params: RouteParams) => routeIndex(params.routes, context.patient) === params.index,
    /** A time limit is running (false when the trainee switched limits off). */
    hasClock: ({ context }) => context.remainingMs !== null,
  },
  actions: {
    recordChoice: assign(({ context }, params: ChoiceParams) =>
      takeTurn(context, params.nodeId, params.choiceId, params.codes, params.effects),
    ),
    recordTimeout: assign(({ context }, params: TimeoutParams) => takeTurn(context, params.nodeId, null, params.codes, params.effects)),
    /** On entering a timed node: the full limit, scaled by the trainee's setting. */
    startTimeLimit: assign(({ context }, params: { seconds: number }) => ({
      remainingMs: context.timeLimitFactor === null ? null : params.seconds * 1000 * context.timeLimitFactor,
      deadline: null,
    })),
    /** On entering `waiting`: fix the absolute deadline from what is left. */
    armDeadline: assign(({ context }) => ({
      deadline: context.remainingMs === null ? null : now() + context.remainingMs,
      paused: false,
    })),
    /** Before re-entering `waiting` on restore: what is left of the saved deadline. */
    recomputeRemaining: assign(({ context }) => ({
      remainingMs: context.deadline === null ? context.remainingMs : Math.max(0, context.deadline - now()),
    })),
    freezeClock: assign(({ context }) => ({
      remainingMs: context.deadline === null ? context.remainingMs : Math.max(0, context.deadline - now()),
      deadline: null,
      paused: true,
    })),
    clearClock: assign({ deadline: null, remainingMs: null }),
    pause: assign({ paused: true }),
    unpause: assign({ paused: false }),
  },
  delays: {
    /** Whatever is left of the current node's time limit. */
    timeLimit: ({ context }) => context.remainingMs ?? 0,
  },
});
