/**
 * The runtime pieces the play screen, debrief and LMS launch use, in one
 * place. They come through the trainee door like everything else; scoring
 * and analysis stay out of the play screen's chunk because vite.config.ts
 * declares the doors side-effect free, so a chunk takes only what it uses
 * (scoring is loaded lazily when an attempt ends).
 */
export { createSession, SnapshotMismatchError, type CompiledScenario, type Session, type SessionOptions } from '../../engine/trainee';
