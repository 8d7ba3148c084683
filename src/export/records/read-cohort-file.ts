import type { ImportRejection } from '../../storage/store.types';
import type { AttemptRecord, Profile } from '../../storage/storage.types';
import { canonicalJson } from '../../engine/trainee';
import type { ExportFile } from '../backup/export-file';
import { parseExportValue, parseJson, type ParsedExport } from '../backup/parse-export-file';
import { sha256Hex } from '../../storage/sha256';
import type { CohortAttempt } from './cohort.types';
import { parseResultsValue } from './parse-results-bundle';
import { RESULTS_KIND } from './results-bundle';
import { describeCheck, verifyAttempt, type AttemptCheck, type ScenarioVersions } from './verify-attempt';

export type CohortFileResult =
  /** `leftOut`: one sentence per record left out for impossible numbers or dates (import-bounds.ts). */
  | { ok: true; fileName: string; trainees: number; attempts: CohortAttempt[]; leftOut: string[] }
  | { ok: false; fileName: string; reason: ImportRejection; message: string };

type Scores = Pick<CohortAttempt, 'status' | 'outcome' | 'overall' | 'dimensions' | 'decisions'>;

/** What the record itself says: all there is when its scenario version is not in this app. */
function claimedScores(attempt: AttemptRecord): Scores {
  const dimensions: CohortAttempt['dimensions'] = {};
  for (const entry of attempt.score?.dimensions ?? []) {
    // A dimension the scenario cannot move says nothing about the trainee.
    if (entry.scoreable !== false) dimensions[entry.dimension] = entry.score;
  }
  return {
    status: attempt.status,
    outcome: attempt.outcome,
    overall: attempt.score?.overall ?? null,
    dimensions,
    decisions: decisionsOf(attempt.transcript),
  };
}

function decisionsOf(transcript: AttemptRecord['transcript']): CohortAttempt['decisions'] {
  return transcript.map((entry) => ({
    nodeId: entry.nodeId,
    choiceId: entry.kind === 'timeout' ? 'timeout' : (entry.choiceId ?? 'timeout'),
    codes: entry.codes,
  }));
}

/** What the transcript gives; an impossible transcript gives nothing to count. */
function derivedScores(check: Exclude<AttemptCheck, { status: 'cannot-verify' }>): Scores {
  const { derived } = check;
  if (!derived) return { status: 'abandoned', outcome: null, overall: null, dimensions: {}, decisions: [] };
  const dimensions: CohortAttempt['dimensions'] = {};
  for (const entry of derived.totals?.dimensions ?? []) if (entry.scoreable !== false) dimensions[entry.dimension] = entry.score;
  return {
    status: derived.status,
    outcome: derived.totals?.outcome ?? null,
    overall: derived.totals?.overall ?? null,
    dimensions,
    decisions: decisionsOf(derived.transcript),
  };
}

/**
 * Maps a stored attempt to the dashboard's shape, keeping only what
 * aggregation reads. With a `check`, the scores are the ones its transcript
 * gives (re-derived), not the ones it claims, unless it could not be checked.
 */
export function toCohortAttempt(
  attempt: AttemptRecord,
  profile: Profile | undefined,
  check?: AttemptCheck,
  source?: string,
): CohortAttempt {
  const scores = !check || check.status === 'cannot-verify' ? claimedScores(attempt) : derivedScores(check);
  return {
    attemptId: attempt.id,
    traineeKey: attempt.profileId,
    traineeName: profile?.displayName ?? attempt.profileId,
    programId: profile?.programId ?? null,
    scenarioId: attempt.scenarioId,
    scenarioTitle: attempt.scenarioTitle,
    finishedAt: attempt.finishedAt,
    ...scores,
    ...(check && { check: { status: check.status, claimed: attempt.score?.overall ?? null, text: describeCheck(check) } }),
    ...(source !== undefined && {
      source,
      fingerprint: sha256Hex(canonicalJson({ attempt, profile: profile ?? null })),
    }),
  };
}

/** Every attempt of a file, each checked against the scenario versions this app has. */
export function exportFileToCohort(file: ExportFile, versions: ScenarioVersions, source?: string): CohortAttempt[] {
  const profiles = new Map(file.profiles.map((profile) => [profile.id, profile]));
  return file.attempts.map((attempt) =>
    toCohortAttempt(attempt, profiles.get(attempt.profileId), verifyAttempt(attempt, versions), source),
  );
}

/**
 * Either kind of file a trainee hands in, parsed at the boundary: a results
 * file ("Send results") or a backup ("Download records"). Both come out as an
 * export file of the records that can be read.
 */
export function parseCohortFile(text: string, now: number = Date.now()): ParsedExport {
  const parsed = parseJson(text);
  if ('ok' in parsed) return parsed;
  const kind = (parsed.value as { kind?: unknown } | null)?.kind;
  return kind === RESULTS_KIND ? parseResultsValue(parsed.value, now) : parseExportValue(parsed.value, now);
}

/** Validates one trainee's file (kind, version, checksum, records) and checks every score against `versions`. */
export function readCohortFile(fileName: string, text: string, versions: ScenarioVersions = new Map()): CohortFileResult {
  const parsed = parseCohortFile(text);
  if (!parsed.ok) return { ok: false, fileName, reason: parsed.reason, message: parsed.message };
  const attempts = exportFileToCohort(parsed.file, versions, fileName);
  return { ok: true, fileName, trainees: parsed.file.profiles.length, attempts, leftOut: parsed.rejected };
}

/** The same, loading the scenario versions the file's attempts name once it is known to be readable. */
export async function readCohortFileLoading(
  fileName: string,
  text: string,
  loadVersions: (attempts: readonly AttemptRecord[]) => Promise<ScenarioVersions>,
): Promise<CohortFileResult> {
  const parsed = parseCohortFile(text);
  if (!parsed.ok) return { ok: false, fileName, reason: parsed.reason, message: parsed.message };
  const attempts = exportFileToCohort(parsed.file, await loadVersions(parsed.file.attempts), fileName);
  return { ok: true, fileName, trainees: parsed.file.profiles.length, attempts, leftOut: parsed.rejected };
}
