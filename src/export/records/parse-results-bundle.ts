import { DISPLAY_NAME_MAX, PROGRAM_ID_MAX } from '../../storage/profile-fields';
import type { ImportRejection } from '../../storage/store.types';
import { EXPORT_KIND, EXPORT_VERSION, type ExportFile } from '../backup/export-file';
import { keepPlausibleRecords } from '../backup/plausible-records';
import { nullable, shape, text, toCheck } from '../../storage/validate/checks';
import { attemptsCheck, profileCheck } from '../../storage/validate/record-checks';
import { RESULTS_KIND, RESULTS_VERSION, resultsChecksum, type ResultsBundle, type ResultsCourse } from './results-bundle';

export type ParsedResults =
  /** `file`: the bundle as the dashboard's export-file path reads it, impossible records left out (`rejected`). */
  { ok: true; bundle: ResultsBundle; file: ExportFile; rejected: string[] } | { ok: false; reason: ImportRejection; message: string };

const NOTHING_LOADED = 'Nothing in it was loaded.';
/** Longer than any address a program serves the app from; a bound, so a forged file cannot carry megabytes of it. */
export const APP_ADDRESS_MAX = 2_000;

const reject = (reason: ImportRejection, message: string): ParsedResults => ({ ok: false, reason, message });

const courseCheck = toCheck(shape<ResultsCourse>({ programId: nullable(text), appAddress: text }));

/** Names no Common Ground ever wrote: the profile form bounds them, so a longer one was edited in. */
function textBoundsProblem(bundle: ResultsBundle): string | null {
  const { displayName, programId } = bundle.profile;
  if (!displayName.trim() || displayName.length > DISPLAY_NAME_MAX) {
    return `the trainee’s name should have 1 to ${DISPLAY_NAME_MAX} characters`;
  }
  if (programId !== null && programId.length > PROGRAM_ID_MAX) return `the program ID should have at most ${PROGRAM_ID_MAX} characters`;
  if (bundle.course.programId !== programId) return 'the course’s program ID is not the trainee’s';
  if (bundle.course.appAddress.length > APP_ADDRESS_MAX) return 'the app’s address is too long';
  return null;
}

/**
 * Reads a results file's JSON without trusting it: kind, version, checksum,
 * every record's shape and the names' lengths are checked, and the first
 * problem turns the whole file away in plain words. Attempts whose numbers or
 * dates are impossible are left out one by one, as in a backup import.
 */
export function parseResultsValue(parsedValue: unknown, now: number = Date.now()): ParsedResults {
  const value = parsedValue as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || value.kind !== RESULTS_KIND) {
    return reject('wrong-kind', `This is not a Common Ground results file. ${NOTHING_LOADED}`);
  }
  if (value.resultsVersion !== RESULTS_VERSION) {
    return reject(
      'wrong-version',
      `This results file has a format version (${String(value.resultsVersion)}) this copy of Common Ground cannot read; use the copy the trainee used, or a newer one. ${NOTHING_LOADED}`,
    );
  }
  if (typeof value.checksum !== 'string' || value.checksum !== resultsChecksum(value)) {
    return reject(
      'tampered',
      `The file's contents do not match its checksum: it was changed or damaged after it was sent. Ask the trainee to send their results again. ${NOTHING_LOADED}`,
    );
  }
  const problem =
    (typeof value.sentAt === 'string' ? null : 'sentAt should be text') ??
    courseCheck(value.course, 'course') ??
    profileCheck(value.profile, 'profile') ??
    attemptsCheck(value.attempts, 'attempts');
  if (problem) return reject('invalid-record', `The file has a record this version cannot read (${problem}). ${NOTHING_LOADED}`);
  const bundle = value as unknown as ResultsBundle;
  const bounds = textBoundsProblem(bundle);
  if (bounds) return reject('invalid-record', `The file cannot be right: ${bounds}. ${NOTHING_LOADED}`);
  const stranger = bundle.attempts.findIndex((attempt) => attempt.profileId !== bundle.profile.id);
  if (stranger >= 0) {
    return reject('invalid-record', `The file has an attempt (attempts[${stranger}]) by someone other than its trainee. ${NOTHING_LOADED}`);
  }
  const asExport: ExportFile = {
    kind: EXPORT_KIND,
    exportVersion: EXPORT_VERSION,
    exportedAt: bundle.sentAt,
    checksum: bundle.checksum,
    profiles: [bundle.profile],
    attempts: bundle.attempts,
  };
  return { ok: true, bundle, ...keepPlausibleRecords(asExport, now) };
}
