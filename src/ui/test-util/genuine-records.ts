import { buildExportFile, serializeExportFile } from '../../export/records';
import { createSession, scoreAttempt } from '../../engine/trainee';
import type { AttemptRecord, Profile } from '../../storage/storage.types';
import type { CompiledScenario } from '../scenarios/engine';

/** An attempt as the app saves it: the choices played through the scenario and scored. */
export function genuineAttempt(compiled: CompiledScenario, choices: string[], overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  const session = createSession(compiled, { timeLimitFactor: null, seed: 1 });
  for (const choiceId of choices) session.send({ type: 'CHOOSE', choiceId });
  const view = session.getView();
  session.stop();
  const score = view.ending ? scoreAttempt(compiled, view.transcript, view.ending.id) : null;
  const startedAt = Date.UTC(2025, 0, 6, 9);
  return {
    id: 'attempt-1',
    profileId: 'p1',
    scenarioId: compiled.scenario.id,
    scenarioTitle: compiled.scenario.title,
    contentHash: compiled.contentHash,
    scenarioSchemaVersion: compiled.scenario.schemaVersion,
    registration: 'reg-1',
    startedAt,
    finishedAt: startedAt + 60_000,
    status: view.ending ? 'completed' : 'abandoned',
    outcome: view.ending?.outcome ?? null,
    transcript: view.transcript.map((entry, i) => ({ ...entry, at: startedAt + (i + 1) * 1000 })),
    score,
    checkpoints: [],
    ...overrides,
  };
}

/** An export file's text, checksummed the way the app does it: what a forger can produce too. */
export function exportText(profiles: Profile[], attempts: AttemptRecord[]): string {
  return serializeExportFile(buildExportFile(profiles, attempts, Date.UTC(2025, 0, 7)));
}

/** The attempt with its overall score raised, as a trainee editing their file would. */
export function raisedScore(attempt: AttemptRecord, overall = 100): AttemptRecord {
  return { ...attempt, score: attempt.score && { ...attempt.score, overall } };
}
