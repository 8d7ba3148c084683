import type { AttemptRecord, StoredTranscriptEntry } from '../../storage/storage.types';

/** Who is playing what; passed to every observer call. */
export interface AttemptInfo {
  profileId: string;
  scenarioId: string;
  scenarioTitle: string;
  contentHash: string;
  /** One per attempt (xAPI context.registration); kept across a reload. */
  registration: string;
  startedAt: number;
  /** True when this start continues a saved, in-progress attempt. */
  resumed: boolean;
  /** The choice-order seed; null or absent for an attempt saved before choices were shuffled (authored order). */
  seed?: number | null;
}

/**
 * A listener for attempt life-cycle events (xAPI statements, SCORM data).
 * Every hook is optional; errors and rejections are caught, so an observer
 * can never break a conversation.
 */
export interface AttemptObserver {
  /** A new attempt began, or a saved one was resumed (`info.resumed`). */
  started?: (info: AttemptInfo) => unknown;
  /** The trainee answered (or stayed silent past a time limit). */
  answered?: (entry: StoredTranscriptEntry, info: AttemptInfo) => unknown;
  /** The conversation reached an ending and the record was saved. */
  completed?: (record: AttemptRecord) => unknown;
  /** The trainee ended the attempt early (Leave → end, or Restart); the record was saved as abandoned. */
  abandoned?: (record: AttemptRecord) => unknown;
  /** The trainee left mid-conversation with progress saved to resume later. */
  suspended?: (info: AttemptInfo) => unknown;
}

const observers = new Set<AttemptObserver>();

/** Adds an observer; returns a function that removes it. */
export function registerAttemptObserver(observer: AttemptObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

function notify<K extends keyof AttemptObserver>(hook: K, ...args: Parameters<NonNullable<AttemptObserver[K]>>): void {
  for (const observer of observers) {
    const fn = observer[hook] as ((...a: typeof args) => unknown) | undefined;
    if (!fn) continue;
    try {
      void Promise.resolve(fn.apply(observer, args)).catch((error: unknown) => warn(hook, error));
    } catch (error) {
      warn(hook, error);
    }
  }
}

function warn(hook: string, error: unknown): void {
  // A failing observer (say, an unreachable LRS) is the observer's problem to report, not the player's.
  console.warn(`Attempt observer failed in ${hook}:`, error);
}

/** Called by the play screen; observers hear about it. */
export const attemptEvents = {
  started: (info: AttemptInfo) => notify('started', info),
  answered: (entry: StoredTranscriptEntry, info: AttemptInfo) => notify('answered', entry, info),
  completed: (record: AttemptRecord) => notify('completed', record),
  abandoned: (record: AttemptRecord) => notify('abandoned', record),
  suspended: (info: AttemptInfo) => notify('suspended', info),
};
