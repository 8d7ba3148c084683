import { assign, fromPromise, setup } from 'xstate';

export interface DrainInput {
  /**
   * One pass over the outbox (count, lock, send, count). Resolves with when
   * the next pass is due (a back-off's end, another tab's turn), or Infinity.
   */
  drainOnce: (force: boolean) => Promise<number>;
  now: () => number;
  /** A pass that threw: said in the sync status, never thrown further. */
  errored: (error: unknown) => void;
}

interface DrainContext extends DrainInput {
  /** Whether this pass ignores back-off (start, online, a manual retry). */
  force: boolean;
  /** A drain asked for during this pass: it runs next, so none is lost. */
  requested: { force: boolean } | null;
  /** When the next pass is due; kept while a pass runs, so an earlier wake replaces a later one. */
  wakeAt: number;
  /** Stopped: no further passes wake by themselves (asked-for ones still run). */
  stopped: boolean;
}

export type DrainEvent = { type: 'DRAIN'; force: boolean } | { type: 'STOP' } | { type: 'START' };

/** setTimeout's longest delay; a longer one fires at once. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * When the outbox drains: one pass at a time; a drain asked for meanwhile
 * runs right after; and, between passes, a wake at the earliest back-off.
 * `idle` waits for a request, `waiting` also for the wake.
 */
export const drainMachine = setup({
  types: { context: {} as DrainContext, events: {} as DrainEvent, input: {} as DrainInput },
  actors: {
    pass: fromPromise<number, { drainOnce: DrainInput['drainOnce']; force: boolean }>(({ input }) => input.drainOnce(input.force)),
  },
  delays: {
    untilWake: ({ context }) => Math.min(MAX_DELAY, Math.max(0, context.wakeAt - context.now())),
  },
  guards: {
    requested: ({ context }) => context.requested !== null,
    wakes: ({ context }) => !context.stopped && context.wakeAt !== Infinity,
  },
  actions: {
    startRequested: assign({ force: ({ event }) => (event.type === 'DRAIN' ? event.force : false) }),
  },
}).createMachine({
  id: 'outboxDrain',
  context: ({ input }) => ({ ...input, force: false, requested: null, wakeAt: Infinity, stopped: false }),
  initial: 'idle',
  on: {
    STOP: { target: '.stopping', actions: assign({ stopped: true }) },
    START: { actions: assign({ stopped: false }) },
  },
  states: {
    idle: {
      on: { DRAIN: { target: 'draining', actions: 'startRequested' } },
    },
    waiting: {
      on: { DRAIN: { target: 'draining', actions: 'startRequested' } },
      after: { untilWake: { target: 'draining', actions: assign({ force: false, wakeAt: Infinity }) } },
    },
    draining: {
      on: {
        DRAIN: { actions: assign({ requested: ({ context, event }) => ({ force: event.force || (context.requested?.force ?? false) }) }) },
        // Stopping ends no pass already running: its sends finish and are counted.
        STOP: { actions: assign({ stopped: true }) },
      },
      invoke: {
        src: 'pass',
        input: ({ context }) => ({ drainOnce: context.drainOnce, force: context.force }),
        onDone: { target: 'between', actions: assign({ wakeAt: ({ context, event }) => Math.min(context.wakeAt, event.output) }) },
        onError: { target: 'between', actions: ({ context, event }) => context.errored(event.error) },
      },
    },
    between: {
      always: [
        {
          guard: 'requested',
          target: 'draining',
          actions: assign({ force: ({ context }) => context.requested?.force ?? false, requested: null }),
        },
        { guard: 'wakes', target: 'waiting' },
        { target: 'idle' },
      ],
    },
    stopping: {
      entry: assign({ wakeAt: Infinity }),
      always: { target: 'idle' },
    },
  },
});
