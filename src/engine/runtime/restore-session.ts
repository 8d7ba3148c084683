import { createActor, type Actor, type Snapshot } from 'xstate';
import type { CompiledScenario } from './compile-scenario';
import type { ScenarioMachine } from './create-scenario-machine';
import { WAITING } from './create-scenario-machine';
import { selectView } from './select-view';
import type { SessionContext } from './session-context';

/**
 * Thrown when a saved session cannot resume against this scenario content:
 * it belongs to other (or changed) content, or (SnapshotDamagedError) it is damaged.
 */
export class SnapshotMismatchError extends Error {
  override readonly name: string = 'SnapshotMismatchError';
  constructor(
    message: string,
    readonly expectedHash: string,
    readonly actualHash: string | null,
  ) {
    super(message);
  }
}

/** Thrown when saved session text is not a snapshot this engine could have written: cut off, garbled or edited. */
export class SnapshotDamagedError extends SnapshotMismatchError {
  override readonly name = 'SnapshotDamagedError';
  constructor(detail: string, expectedHash: string) {
    super(`Saved session is damaged (${detail})`, expectedHash, null);
  }
}

export type ScenarioActor = Actor<ScenarioMachine>;

/** The shape of `actor.getPersistedSnapshot()` that this module relies on. */
interface PersistedShape {
  status: string;
  value: unknown;
  context: SessionContext;
}

/** The actor's persisted snapshot as JSON text (what storage saves after every turn). */
export function persistSnapshot(actor: ScenarioActor): string {
  return JSON.stringify(actor.getPersistedSnapshot());
}

/**
 * Parses saved JSON and checks it belongs to exactly this scenario content.
 * An old snapshot on changed logic is unsafe (its state may no longer exist),
 * so a mismatch throws instead of resuming.
 */
export function readPersistedSnapshot(json: string, compiled: CompiledScenario): Snapshot<unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new SnapshotDamagedError('not valid JSON', compiled.contentHash);
  }
  const shape = parsed as Partial<PersistedShape> | null;
  const hash = shape?.context?.contentHash ?? null;
  if (hash !== compiled.contentHash || shape?.context?.scenarioId !== compiled.scenario.id) {
    throw new SnapshotMismatchError(
      `Saved session was made with different content for "${compiled.scenario.id}" (${String(hash)} ≠ ${compiled.contentHash})`,
      compiled.contentHash,
      hash,
    );
  }
  const problem = shapeProblem(shape);
  if (problem) throw new SnapshotDamagedError(problem, compiled.contentHash);
  return parsed as Snapshot<unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the session wrapper reads from a snapshot before xstate sees it, so a
 * damaged one fails here with a reason instead of as a TypeError further on.
 */
function shapeProblem(shape: Partial<PersistedShape>): string | null {
  if (shape.status !== 'active' && shape.status !== 'done') return `status is ${JSON.stringify(shape.status) ?? 'missing'}`;
  if (typeof shape.value !== 'string' && !isRecord(shape.value)) return 'it has no state';
  const context = shape.context as Partial<SessionContext>;
  if (!Array.isArray(context.transcript)) return 'its transcript is missing';
  if (!isRecord(context.patient) || !Object.values(context.patient).every(Number.isFinite)) return 'its patient state is missing';
  return null;
}

/** Fails with SnapshotDamagedError, leaving nothing running, when the restored actor is not a playable session. */
function checkRestored(actor: ScenarioActor, compiled: CompiledScenario): void {
  const snapshot = actor.getSnapshot();
  // xstate turns a snapshot it cannot restore into an 'error' status, and would report it
  // as an uncaught error on start(); the actor is not started, so nothing is reported.
  if (snapshot.status === 'error') throw new SnapshotDamagedError(String(snapshot.error), compiled.contentHash);
  try {
    selectView(snapshot, compiled);
  } catch (error) {
    throw new SnapshotDamagedError(error instanceof Error ? error.message : String(error), compiled.contentHash);
  }
}

/** Whether the actor rests in a timed node with its clock meant to be running. */
function clockShouldRun(actor: ScenarioActor): boolean {
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'active' || typeof snapshot.value !== 'object') return false;
  const sub = Object.values(snapshot.value)[0];
  return sub === WAITING && snapshot.context.remainingMs !== null;
}

/**
 * Schedules a restored actor's pending time limit again. xstate #4860: a
 * restored actor does not resume pending `after` delays (confirmed for
 * 5.33.3 in restore-session.test.ts), so the deadline lives in context as an
 * absolute time. Passed → TIME_UP now; otherwise REARM re-enters `waiting`,
 * which cancels any timer xstate did restore and schedules the rest afresh.
 */
export function resumeTimeLimit(actor: ScenarioActor, now: number = Date.now()): void {
  if (!clockShouldRun(actor)) return;
  const { deadline } = actor.getSnapshot().context;
  actor.send(deadline !== null && deadline <= now ? { type: 'TIME_UP' } : { type: 'REARM' });
}

/** Restores and starts an actor from saved JSON, resuming any pending time limit. */
export function restoreActor(machine: ScenarioMachine, compiled: CompiledScenario, json: string): ScenarioActor {
  const snapshot = readPersistedSnapshot(json, compiled);
  const actor = createActor(machine, { snapshot, input: {} });
  checkRestored(actor, compiled);
  actor.start();
  resumeTimeLimit(actor);
  return actor;
}
