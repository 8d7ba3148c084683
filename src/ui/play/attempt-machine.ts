import {
  and,
  assign,
  enqueueActions,
  fromCallback,
  fromPromise,
  not,
  setup,
  stateIn,
  type ActorRefFrom,
  type ErrorActorEvent,
  type SnapshotFrom,
} from 'xstate';
import type { ScoreCard } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import type { StorePort } from '../data/store-port';
import type { Session } from '../scenarios/engine';

import { attemptContext, freshAttempt, progressOf, transcriptOf, type AttemptContext, type AttemptInput } from './attempt-context';
import type { AttemptEvent } from './attempt-events';
import { attemptEvents } from './attempt-observers';
import { attemptRecord } from './attempt-record';
import { performWrite, problemMessage, saveFinished, withAbandoned, withoutProgress, withProgress, type Write } from './attempt-writes';
import { retryDelay } from './save-retry';
import { scoreWithWhole } from './score-with-whole';

/**
 * One trainee's run at one scenario, as a statechart that wraps the engine
 * session. Two regions run side by side: `attempt` (playing → scoring →
 * saving → saved | saveFailed, or left, then closed) and `writer`, which saves
 * the owed writes one at a time and pauses the conversation while saving fails.
 */
export const attemptMachine = setup({
  types: { context: {} as AttemptContext, events: {} as AttemptEvent, input: {} as AttemptInput },
  actors: {
    sessionViews: fromCallback<AttemptEvent, Session>(({ input, sendBack }) => input.subscribe((view) => sendBack({ type: 'VIEW', view }))),
    // Scored in a worker, loaded only now: off the first load and off the main thread.
    scoreAttempt: fromPromise<ScoreCard | null, Pick<AttemptContext, 'compiled' | 'loadWhole' | 'view'>>(({ input }) =>
      scoreWithWhole(input.compiled, input.loadWhole, input.view.transcript, input.view.ending?.id ?? null),
    ),
    saveAttempt: fromPromise<void, { store: StorePort; record: AttemptRecord }>(({ input }) => saveFinished(input.store, input.record)),
    saveWrite: fromPromise<void, { store: StorePort; write: Write }>(({ input }) => performWrite(input.store, input.write)),
  },
  delays: {
    retryDelay: ({ context }) => retryDelay(context.failures),
  },
  guards: {
    ended: ({ context }) => context.view.status === 'ended',
    owesWrites: ({ context }) => context.writes.length > 0,
    canAnswer: ({ context, event }) => {
      const { view } = context;
      // Paused while saving fails: a turn taken now could not be kept.
      if (context.saveError !== null || view.status !== 'active') return false;
      return !('turn' in event) || event.turn === undefined || event.turn === view.transcript.length;
    },
    asked: ({ context }) => context.freeText === 'ask',
    answered: ({ context }) => context.view.transcript.length > 0,
    /** Only a changed draft, in free-text mode, where the words are kept, is worth saving. */
    draftChanged: ({ context, event }) =>
      event.type === 'DRAFT' &&
      context.answers?.active === true &&
      context.freeTextSettings?.keepWords === true &&
      context.answers.draft !== event.text,
    keep: ({ event }) => event.type === 'LEAVE' && event.keep,
    scored: ({ context }) => context.record !== null,
    retryAsked: ({ context }) => context.retryAsked,
    nothingOwed: ({ context }) => context.writes.length === 0,
    /** Closed, with no ended attempt owed: nothing is left to retry. */
    quiet: and([stateIn({ attempt: 'closed' }), ({ context }) => !context.writes.some((write) => write.kind === 'abandoned')]),
  },
  actions: {
    forwardChoice: ({ context, event }) => {
      if (event.type === 'CHOOSE_OWN_WORDS') context.answers?.record(event.turn, event.answer);
      if (event.type === 'CHOOSE' || event.type === 'CHOOSE_OWN_WORDS') context.session.send({ type: 'CHOOSE', choiceId: event.choiceId });
    },
    forward: ({ context, event }) => {
      if (event.type === 'PAUSE' || event.type === 'RESUME') context.session.send(event);
    },
    announceStart: ({ context }) => attemptEvents.started(context.info),
    // Saved even at the ending, so closing the tab while it is scored loses nothing.
    queueProgress: enqueueActions(({ context, enqueue }) => {
      const waiting = context.writes.some((write) => write.kind === 'progress');
      enqueue.assign({ writes: withProgress(context.writes, progressOf(context)) });
      // A newer snapshot replacing one still owed adds no write: a failed save is not retried at once.
      if (!waiting) enqueue.raise({ type: 'WRITE' });
    }),
    takeView: assign(({ context, event }) => {
      if (event.type !== 'VIEW') return {};
      const { view } = event;
      // With the trainee's own words, in free-text mode, so the answered statement can carry them.
      const entry = transcriptOf(context, view)[view.transcript.length - 1];
      if (entry && view.transcript.length > context.view.transcript.length) attemptEvents.answered(entry, context.info);
      return { view };
    }),
    useFreeText: assign(({ context, event }) => {
      if (event.type !== 'USE_FREE_TEXT') return {};
      if (event.on) context.answers?.start();
      return { freeText: event.on ? 'on' : 'off' };
    }),
    keepDraft: ({ context, event }) => {
      if (event.type === 'DRAFT') context.answers?.setDraft(event.text);
    },
    suspend: ({ context }) => {
      // Paused, so a time limit waits for the trainee instead of expiring while they are away.
      if (context.session.getView().status === 'active') context.session.send({ type: 'PAUSE' });
      attemptEvents.suspended(context.info);
    },
    abandon: enqueueActions(({ context, enqueue }) => {
      const view = { ...context.view, transcript: transcriptOf(context) };
      const record = attemptRecord(context.compiled, context.info, view, context.session.checkpoints, null);
      enqueue.assign({ writes: withAbandoned(context.writes, record) });
      enqueue.raise({ type: 'WRITE' });
    }),
    startAfresh: assign(({ context }) => {
      context.session.stop();
      return freshAttempt(context);
    }),
    stopSession: ({ context }) => context.session.stop(),
    keepRecord: assign(({ context }, score: ScoreCard | null) => {
      const view = { ...context.view, transcript: transcriptOf(context) };
      return { record: attemptRecord(context.compiled, context.info, view, context.session.checkpoints, score) };
    }),
    completed: assign(({ context }) => {
      attemptEvents.completed(context.record!);
      return { finishedAttemptId: context.record!.id, writes: withoutProgress(context.writes) };
    }),
    takeNextWrite: assign(({ context }) => ({ writing: context.writes[0] ?? null, writes: context.writes.slice(1), retryAsked: false })),
    askRetry: assign({ retryAsked: true }),
    wrote: assign({ writing: null }),
    returnWrite: assign(({ context }) => ({
      writing: null,
      writes: context.writing ? [context.writing, ...context.writes] : context.writes,
    })),
    saveFailed: assign(({ context }, error: unknown) => {
      let { pausedForSave } = context;
      // Paused, so a time limit cannot run out while nothing can be saved.
      if (running(context.session) && context.session.getView().status === 'active') {
        pausedForSave = true;
        context.session.send({ type: 'PAUSE' });
      }
      return { saveError: problemMessage(error), failures: context.failures + 1, pausedForSave };
    }),
    recovered: assign(({ context }) => {
      if (context.pausedForSave && running(context.session) && context.session.getView().status === 'paused')
        context.session.send({ type: 'RESUME' });
      return { saveError: null, failures: 0, pausedForSave: false };
    }),
  },
}).createMachine({
  id: 'attempt-run',
  type: 'parallel',
  context: ({ input }) => attemptContext(input),
  states: {
    attempt: {
      initial: 'playing',
      states: {
        playing: {
          entry: ['announceStart', 'queueProgress'],
          invoke: { src: 'sessionViews', input: ({ context }) => context.session },
          // Reached at once when a reload comes back to an ending that was not yet saved: finish the job.
          always: { guard: 'ended', target: 'scoring' },
          on: {
            VIEW: { actions: ['takeView', 'queueProgress'] },
            CHOOSE: { guard: 'canAnswer', actions: 'forwardChoice' },
            CHOOSE_OWN_WORDS: { guard: 'canAnswer', actions: 'forwardChoice' },
            USE_FREE_TEXT: { guard: 'asked', actions: ['useFreeText', 'queueProgress'] },
            DRAFT: { guard: 'draftChanged', actions: ['keepDraft', 'queueProgress'] },
            PAUSE: { actions: 'forward' },
            RESUME: { actions: 'forward' },
            LEAVE: [
              { guard: 'keep', target: 'left', actions: ['suspend', 'queueProgress'] },
              { target: 'left', actions: 'abandon' },
            ],
            RESTART: [
              { guard: 'answered', target: 'playing', reenter: true, actions: ['abandon', 'startAfresh'] },
              { target: 'playing', reenter: true, actions: 'startAfresh' },
            ],
            // Leaving without a choice counts as a suspension (progress is saved).
            DISPOSE: { target: 'closed', actions: ['suspend', 'queueProgress'] },
          },
        },
        scoring: {
          entry: assign({ retryAsked: false }),
          invoke: {
            src: 'scoreAttempt',
            input: ({ context }) => ({ compiled: context.compiled, loadWhole: context.loadWhole, view: context.view }),
            onDone: { target: 'saving', actions: { type: 'keepRecord', params: ({ event }) => event.output } },
            onError: { target: 'saveFailed', actions: { type: 'saveFailed', params: failure } },
          },
          on: { DISPOSE: { actions: 'stopSession' }, RETRY_SAVE: { actions: 'askRetry' } },
        },
        saving: {
          initial: 'waiting',
          on: { DISPOSE: { actions: 'stopSession' }, RETRY_SAVE: { actions: 'askRetry' } },
          states: {
            // After the write under way (the ending's progress), so the saved attempt is the last word.
            waiting: { always: { guard: not(stateIn({ writer: 'writing' })), target: 'writing' } },
            writing: {
              entry: assign({ retryAsked: false }),
              invoke: {
                src: 'saveAttempt',
                input: ({ context }) => ({ store: context.store, record: context.record! }),
                onDone: { target: '#attempt-run.attempt.saved', actions: 'completed' },
                onError: { target: '#attempt-run.attempt.saveFailed', actions: { type: 'saveFailed', params: failure } },
              },
            },
          },
        },
        saveFailed: {
          always: [
            { guard: and(['retryAsked', 'scored']), target: 'saving' },
            { guard: 'retryAsked', target: 'scoring' },
          ],
          after: { retryDelay: [{ guard: 'scored', target: 'saving' }, { target: 'scoring' }] },
          on: {
            RETRY_SAVE: [{ guard: 'scored', target: 'saving' }, { target: 'scoring' }],
            DISPOSE: { actions: 'stopSession' },
          },
        },
        saved: {
          entry: enqueueActions(({ context, enqueue }) => {
            if (context.writes.length === 0 && context.writing === null) enqueue('recovered');
          }),
          on: { DISPOSE: 'closed' },
        },
        left: { on: { DISPOSE: 'closed' } },
        closed: { type: 'final', entry: 'stopSession' },
      },
    },
    writer: {
      initial: 'idle',
      states: {
        idle: {
          always: [
            { guard: and(['nothingOwed', stateIn({ attempt: 'closed' })]), target: 'done' },
            { guard: and(['owesWrites', not(stateIn({ attempt: { saving: 'writing' } }))]), target: 'writing', actions: 'takeNextWrite' },
          ],
        },
        writing: {
          invoke: {
            src: 'saveWrite',
            input: ({ context }) => ({ store: context.store, write: context.writing! }),
            onDone: [
              { guard: and(['nothingOwed', not(stateIn({ attempt: 'saveFailed' }))]), target: 'idle', actions: ['wrote', 'recovered'] },
              { target: 'idle', actions: 'wrote' },
            ],
            onError: { target: 'failed', actions: ['returnWrite', { type: 'saveFailed', params: failure }] },
          },
          on: { RETRY_SAVE: { actions: 'askRetry' } },
        },
        failed: {
          always: [
            { guard: 'retryAsked', target: 'idle' },
            { guard: 'quiet', target: 'done' },
            { guard: and(['nothingOwed', not(stateIn({ attempt: 'saveFailed' }))]), target: 'idle', actions: 'recovered' },
          ],
          after: { retryDelay: 'idle' },
          on: { RETRY_SAVE: 'idle', WRITE: 'idle' },
        },
        done: { type: 'final' },
      },
    },
  },
});

/** What went wrong, for the trainee's message. */
function failure({ event }: { event: ErrorActorEvent }): unknown {
  return event.error;
}

/** A stopped session (the screen is gone) takes no more events. */
function running(session: Session): boolean {
  return session.getSnapshot().status === 'active';
}

export type AttemptActor = ActorRefFrom<typeof attemptMachine>;
export type AttemptSnapshot = SnapshotFrom<typeof attemptMachine>;
