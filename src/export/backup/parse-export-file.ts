import type { ImportRejection } from '../../storage/store.types';
import { attemptsCheck, profilesCheck } from '../../storage/validate/record-checks';
import { EXPORT_KIND, EXPORT_VERSION, exportChecksum, type ExportFile } from './export-file';
import { nestsDeeperThan } from './json-depth';
import { keepPlausibleRecords } from './plausible-records';

export type ParsedExport =
  /** `file` holds only the records that can be imported; `rejected` says why each other one cannot. */
  { ok: true; file: ExportFile; rejected: string[] } | { ok: false; reason: ImportRejection; message: string };

const reject = (reason: ImportRejection, message: string): ParsedExport => ({
  ok: false,
  reason,
  message,
});

const NOTHING_CHANGED = 'Nothing was imported.';

/** Export files nest about 7 deep (file → attempts → attempt → score → decisions → decision → state). */
export const MAX_JSON_DEPTH = 64;

/** The file's JSON, or why it is not JSON at all (shared with the results files the dashboard reads). */
export function parseJson(text: string): { value: unknown } | ParsedExport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return reject('truncated', `The file is empty. ${NOTHING_CHANGED}`);
  if (nestsDeeperThan(trimmed, MAX_JSON_DEPTH)) {
    return reject(
      'too-deep',
      `This is not a Common Ground export file: its contents are nested far more deeply (over ${MAX_JSON_DEPTH} levels) than any export. ${NOTHING_CHANGED}`,
    );
  }
  try {
    return { value: JSON.parse(trimmed) };
  } catch {
    // A JSON object cut off part-way: an interrupted download or copy.
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) {
      return reject('truncated', `The file ends too early, as if it was not completely downloaded or copied. ${NOTHING_CHANGED}`);
    }
    return reject('not-json', `This is not a Common Ground export file (it is not JSON). ${NOTHING_CHANGED}`);
  }
}

/**
 * Reads an export file without trusting it: nesting, kind, version, checksum
 * and every record's shape are checked, and the first problem turns the whole
 * file away, described in plain words. Records of the right shape whose
 * numbers or dates are impossible are left out one by one (`rejected`).
 */
export function parseExportFile(text: string, now: number = Date.now()): ParsedExport {
  const parsed = parseJson(text);
  return 'ok' in parsed ? parsed : parseExportValue(parsed.value, now);
}

/** The same checks on JSON already parsed (by a reader that accepts more than one kind of file). */
export function parseExportValue(parsedValue: unknown, now: number = Date.now()): ParsedExport {
  const value = parsedValue as Record<string, unknown> | null;
  if (typeof value !== 'object' || value === null || value.kind !== EXPORT_KIND) {
    return reject('wrong-kind', `This is not a Common Ground export file. ${NOTHING_CHANGED}`);
  }
  if (value.exportVersion !== EXPORT_VERSION) {
    const newer = typeof value.exportVersion === 'number' && value.exportVersion > EXPORT_VERSION;
    return reject(
      'wrong-version',
      newer
        ? `This file was made by a newer version of Common Ground (export version ${String(value.exportVersion)}). Update this copy of Common Ground, then import it again. ${NOTHING_CHANGED}`
        : `This file's export version (${String(value.exportVersion)}) is not one this copy of Common Ground can read. ${NOTHING_CHANGED}`,
    );
  }
  if (typeof value.checksum !== 'string' || value.checksum !== exportChecksum(value)) {
    return reject(
      'tampered',
      `The file's contents do not match its checksum: it was changed or damaged after it was exported. ${NOTHING_CHANGED}`,
    );
  }
  const problem =
    (typeof value.exportedAt === 'string' ? null : 'exportedAt should be text') ??
    profilesCheck(value.profiles, 'profiles') ??
    attemptsCheck(value.attempts, 'attempts');
  if (problem) {
    return reject('invalid-record', `The file has a record this version cannot read (${problem}). ${NOTHING_CHANGED}`);
  }
  const file = value as unknown as ExportFile;
  const profileIds = new Set(file.profiles.map((profile) => profile.id));
  const orphan = file.attempts.findIndex((attempt) => !profileIds.has(attempt.profileId));
  if (orphan >= 0) {
    return reject('invalid-record', `The file has an attempt (attempts[${orphan}]) whose trainee profile is missing. ${NOTHING_CHANGED}`);
  }
  return { ok: true, ...keepPlausibleRecords(file, now) };
}
