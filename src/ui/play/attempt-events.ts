import type { SessionView } from '../../engine/trainee';
import type { FreeTextTurn } from '../../storage/storage.types';

/** What the play screen (and the engine session, through VIEW) tells the attempt statechart. */
export type AttemptEvent =
  /** Answers the current question; with `turn` (turns taken when it was shown), only if it is still current. */
  | { type: 'CHOOSE'; choiceId: string; turn?: number }
  /** Answers in the trainee's own words: keeps how they were read, then goes on through the option chosen. */
  | { type: 'CHOOSE_OWN_WORDS'; choiceId: string; turn: number; answer: FreeTextTurn }
  /** The trainee's answer to "ask each attempt": their own words, or the options. */
  | { type: 'USE_FREE_TEXT'; on: boolean }
  /** Words typed but not yet sent, kept so a reload does not lose them. */
  | { type: 'DRAFT'; text: string }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  /** Leave with progress kept (resumable) or ended as abandoned. */
  | { type: 'LEAVE'; keep: boolean }
  /** Saves the current attempt as abandoned (if any turn was taken) and starts afresh. */
  | { type: 'RESTART' }
  /** Tries the owed writes again now. */
  | { type: 'RETRY_SAVE' }
  /** The screen is gone: the session stops; a finished attempt not yet saved keeps being retried. */
  | { type: 'DISPOSE' }
  /** The engine session's new view (a turn, a pause, a time limit running out). */
  | { type: 'VIEW'; view: SessionView }
  /** Raised when a write is owed, so a writer waiting after a failure tries it. */
  | { type: 'WRITE' };
