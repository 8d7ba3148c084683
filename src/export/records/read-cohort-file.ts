import type { ImportRejection } from '../../storage/store.types';
import type { AttemptRecord, Profile } from '../../storage/storage.types';
import type { ExportFile } from '../../storage/transfer/export-file';
import { parseExportFile } from '../../storage/transfer/parse-export-file';
import type { CohortAttempt } from './cohort.types';

export type CohortFileResult =
  | { ok: true; fileName: string; trainees: number; attempts: CohortAttempt[] }
  | { ok: false; fileName: string; reason: ImportRejection; message: string };

/** Maps a stored attempt to the dashboard's shape, keeping only what aggregation reads. */
export function toCohortAttempt(attempt: AttemptRecord, profile: Profile | undefined): CohortAttempt {
  const dimensions: CohortAttempt['dimensions'] = {};
  for (const entry of attempt.score?.dimensions ?? []) {
    // A dimension the scenario cannot move says nothing about the trainee.
    if (entry.scoreable !== false) dimensions[entry.dimension] = entry.score;
  }
  return {
    attemptId: attempt.id,
    traineeKey: attempt.profileId,
    traineeName: profile?.displayName ?? attempt.profileId,
    programId: profile?.programId ?? null,
    scenarioId: attempt.scenarioId,
    scenarioTitle: attempt.scenarioTitle,
    finishedAt: attempt.finishedAt,
    status: attempt.status,
    outcome: attempt.outcome,
    overall: attempt.score?.overall ?? null,
    dimensions,
    decisions: attempt.transcript.map((entry) => ({
      nodeId: entry.nodeId,
      choiceId: entry.kind === 'timeout' ? 'timeout' : (entry.choiceId ?? 'timeout'),
      codes: entry.codes,
    })),
  };
}

export function exportFileToCohort(file: ExportFile): CohortAttempt[] {
  const profiles = new Map(file.profiles.map((profile) => [profile.id, profile]));
  return file.attempts.map((attempt) => toCohortAttempt(attempt, profiles.get(attempt.profileId)));
}

/** Validates one trainee's export file (kind, version, checksum, records) for the dashboard. */
export function readCohortFile(fileName: string, text: string): CohortFileResult {
  const parsed = parseExportFile(text);
  if (!parsed.ok) return { ok: false, fileName, reason: parsed.reason, message: parsed.message };
  return {
    ok: true,
    fileName,
    trainees: parsed.file.profiles.length,
    attempts: exportFileToCohort(parsed.file),
  };
}
