import { scoreAttempt } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';
import type { ExportFile } from '../backup/export-file';
import { describeCheck, verifyAttempt, type AttemptCheck, type ScenarioVersions } from './verify-attempt';

export interface AttemptCheckLine {
  attemptId: string;
  scenarioTitle: string;
  status: AttemptCheck['status'];
  /** In plain words: "Score checked against the transcript." */
  text: string;
}

export interface CheckedImport {
  /** What to import: every attempt says what its transcript gives, or could not be checked. */
  file: ExportFile;
  /** One line per attempt kept, in file order. */
  checks: AttemptCheckLine[];
  /** One sentence per attempt left out because its transcript cannot have happened. */
  leftOut: string[];
}

/** The record as its transcript has it: replayed states, the ending reached, and its full score card. */
function rescored(attempt: AttemptRecord, check: Extract<AttemptCheck, { status: 'mismatch' }>, versions: ScenarioVersions): AttemptRecord {
  const derived = check.derived!;
  const compiled = versions.get(attempt.contentHash)!;
  const score = derived.endingId === null ? null : scoreAttempt(compiled, derived.transcript, derived.endingId);
  // Free-text words stay beside their decision: the score follows the choice, never the words.
  const transcript = derived.transcript.map((entry, i) => {
    const recorded = attempt.transcript[i];
    return recorded?.freeText && recorded.choiceId === entry.choiceId ? { ...entry, freeText: recorded.freeText } : entry;
  });
  return { ...attempt, status: derived.status, outcome: score?.outcome ?? null, transcript, score };
}

/**
 * Scores are derived, never trusted: before a trainee's file is imported into
 * History, each attempt is replayed against the scenario version it names. One
 * that claims another score than its transcript gives is imported with the
 * transcript's score; one whose transcript cannot have happened is left out;
 * one whose scenario version this app does not have is imported as it is,
 * marked "cannot verify".
 */
export function checkImportFile(file: ExportFile, versions: ScenarioVersions): CheckedImport {
  const checks: AttemptCheckLine[] = [];
  const leftOut: string[] = [];
  const attempts: AttemptRecord[] = [];
  for (const attempt of file.attempts) {
    const check = verifyAttempt(attempt, versions);
    const text = describeCheck(check);
    if (check.status === 'mismatch' && check.derived === null) {
      leftOut.push(`The attempt at “${attempt.scenarioTitle}” was not imported: ${text}`);
      continue;
    }
    attempts.push(check.status === 'mismatch' ? rescored(attempt, check, versions) : attempt);
    checks.push({ attemptId: attempt.id, scenarioTitle: attempt.scenarioTitle, status: check.status, text });
  }
  return { file: { ...file, attempts }, checks, leftOut };
}
