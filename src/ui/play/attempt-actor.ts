import { createActor, waitFor } from 'xstate';
import type { SessionView } from '../../engine/trainee';
import type { AttemptInput } from './attempt-context';
import { attemptMachine, type AttemptActor, type AttemptSnapshot } from './attempt-machine';
import type { FreeTextChoice } from './free-text-answers';

/** What the play screen shows of the attempt. */
export interface PlayState {
  view: SessionView;
  /** Set once the ending's record is saved: the screen moves to the debrief. */
  finishedAttemptId: string | null;
  /** A trainee-facing message while saving fails (the attempt is paused until a save succeeds). */
  saveError: string | null;
  /** Whether this attempt is answered in the trainee's own words ('ask': the trainee has not said yet). */
  freeText: FreeTextChoice;
}

export function playStateOf(snapshot: AttemptSnapshot): PlayState {
  const { view, finishedAttemptId, saveError, freeText } = snapshot.context;
  return { view, finishedAttemptId, saveError, freeText };
}

/** Starts one trainee's run at one scenario (it throws if a saved snapshot cannot be resumed). */
export function startAttempt(input: AttemptInput): AttemptActor {
  const actor = createActor(attemptMachine, { input });
  // The context is made (and a damaged save found) as the actor is created: check before anything starts.
  if (actor.getSnapshot().status === 'error') throw (actor.getSnapshot() as { error?: unknown }).error;
  return actor.start();
}

/** Words typed but not yet sent, kept so a reload does not lose them. */
export function draftOf(actor: AttemptActor): string {
  return actor.getSnapshot().context.answers?.draft ?? '';
}

/** Leave with progress kept (resumable) or ended as abandoned. Resolves once the writes under way are done. */
export async function leaveAttempt(actor: AttemptActor, keep: boolean): Promise<void> {
  if (!actor.getSnapshot().matches({ attempt: 'playing' })) return;
  actor.send({ type: 'LEAVE', keep });
  await waitFor(actor, writesSettled);
}

/** Every owed write has been tried: saved, or failed and waiting for a retry. */
export function writesSettled(snapshot: AttemptSnapshot): boolean {
  if (snapshot.status !== 'active') return true;
  if (snapshot.matches({ attempt: { saving: 'writing' } }) || snapshot.matches({ attempt: 'scoring' })) return false;
  return snapshot.matches({ writer: 'failed' }) || (snapshot.matches({ writer: 'idle' }) && snapshot.context.writes.length === 0);
}
