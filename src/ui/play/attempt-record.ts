import type { ScoreCard, SessionView } from '../../engine/trainee';
import type { AttemptRecord, InProgressRecord } from '../../storage/storage.types';
import type { CompiledScenario } from '../scenarios/engine';
import type { AttemptInfo } from './attempt-observers';

/** The seed, left out (not null) for an attempt that had none, as records saved before seeds existed. */
const seedField = (info: AttemptInfo): { seed?: number } => (typeof info.seed === 'number' ? { seed: info.seed } : {});

/** What storage keeps after every turn, so a reload resumes here. */
export function inProgressRecord(info: AttemptInfo, snapshot: string, checkpoints: readonly string[]): InProgressRecord {
  return {
    profileId: info.profileId,
    scenarioId: info.scenarioId,
    contentHash: info.contentHash,
    registration: info.registration,
    startedAt: info.startedAt,
    updatedAt: Date.now(),
    snapshot,
    checkpoints: [...checkpoints],
    ...seedField(info),
  };
}

/** The finished (or abandoned) attempt; `score` is null unless it reached an ending. */
export function attemptRecord(
  compiled: CompiledScenario,
  info: AttemptInfo,
  view: SessionView,
  checkpoints: readonly string[],
  score: ScoreCard | null,
): AttemptRecord {
  const completed = view.status === 'ended' && view.ending !== null;
  return {
    id: crypto.randomUUID(),
    profileId: info.profileId,
    scenarioId: info.scenarioId,
    scenarioTitle: compiled.scenario.title,
    contentHash: compiled.contentHash,
    scenarioSchemaVersion: compiled.scenario.schemaVersion,
    registration: info.registration,
    startedAt: info.startedAt,
    finishedAt: Date.now(),
    status: completed ? 'completed' : 'abandoned',
    outcome: completed ? (view.ending?.outcome ?? null) : null,
    transcript: view.transcript,
    score: completed ? score : null,
    checkpoints: [...checkpoints],
    ...seedField(info),
  };
}
