import { createActor, type Actor, type Snapshot } from 'xstate';
import type { CompiledScenario } from './compile-scenario';
import type { ScenarioMachine } from './create-scenario-machine';
import { WAITING } from './create-scenario-machine';
import type { SessionContext } from './session-context';

/** Thrown when a saved session belongs to other (or changed) scenario content. */
export class SnapshotMismatchError extends Error {
  override readonly name = 'SnapshotMismatchError';
  constructor(
    message: string,
    readonly expectedHash: string,
    readonly actualHash: string | null,
  ) {
    super(message);
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
    throw new SnapshotMismatchError('Saved session is not valid JSON', compiled.contentHash, null);
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
  return parsed as Snapshot<unknown>;
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
  actor.start();
  resumeTimeLimit(actor);
  return actor;
}
