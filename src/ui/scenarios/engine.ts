/**
 * The runtime pieces the UI uses, in one place. Imported from the runtime's
 * own modules rather than src/engine/index.ts: the index also carries scoring
 * and analysis, whose top-level setup would otherwise ride along into the
 * play screen's chunk (scoring is loaded lazily when an attempt ends).
 */
export type { CompiledScenario } from '../../engine/runtime/compile-scenario';
export { createSession, type Session, type SessionOptions } from '../../engine/runtime/create-session';
export { SnapshotMismatchError } from '../../engine/runtime/restore-session';
