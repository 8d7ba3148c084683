import type { AttemptCheckLine, ExportFile } from '../../export/records';
import type { ImportResult } from '../../storage/store.types';

type Imported = Extract<ImportResult, { ok: true }>;
interface Current {
  id: string;
  displayName: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const list = (names: string[]) => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * Which profiles, other than the one on screen, the file's attempts belong to.
 * Matched by id, not by name: a backup from another device can hold a
 * different "Ana", whose attempts do not show under this one.
 */
function otherOwners(file: ExportFile, current: Current): string[] {
  const owners = new Set(file.attempts.map((attempt) => attempt.profileId));
  return file.profiles
    .filter((profile) => profile.id !== current.id && owners.has(profile.id))
    .map((profile) => (profile.displayName === current.displayName ? `another profile named ${profile.displayName}` : profile.displayName));
}

/** The plain sentence shown after an import: what was added, where it went, and what was left out. */
export function importSummary(outcome: Imported, file: ExportFile, current: Current): string {
  const others = otherOwners(file, current);
  const rejected = outcome.rejected ?? [];
  return (
    `Imported ${plural(outcome.attemptsAdded, 'attempt')}` +
    (outcome.attemptsSkipped ? `; ${plural(outcome.attemptsSkipped, 'attempt was', 'attempts were')} already here and skipped` : '') +
    (outcome.profilesAdded ? `; added ${plural(outcome.profilesAdded, 'profile')}` : '') +
    '.' +
    (others.length === 1 ? ` Attempts by ${others[0]} are under that profile: switch to it in Settings to see them.` : '') +
    (others.length > 1 ? ` Attempts by ${list(others)} are under their own profiles: switch to one in Settings to see its attempts.` : '') +
    (rejected.length ? ` ${plural(rejected.length, 'record')} could not be imported: ${rejected.join(' ')}` : '') +
    (outcome.conflicts?.length ? ` ${outcome.conflicts.join(' ')}` : '')
  );
}

/** What the score checks found, in one or two sentences: said before and after an import. */
export function checksSummary(lines: readonly AttemptCheckLine[]): string {
  const count = (status: AttemptCheckLine['status']) => lines.filter((line) => line.status === status).length;
  const mismatched = lines.filter((line) => line.status === 'mismatch');
  const parts = [
    count('verified') > 0 && `${plural(count('verified'), 'score')} checked against the transcript`,
    mismatched.length > 0 &&
      `${plural(mismatched.length, 'attempt')} re-scored from the transcript (${mismatched.map((line) => `“${line.scenarioTitle}”: ${line.text.replace(/\.$/, '')}`).join('; ')})`,
    count('cannot-verify') > 0 &&
      `${plural(count('cannot-verify'), 'attempt')} cannot be verified: this scenario version is not in this app`,
  ].filter(Boolean);
  return parts.length ? `Scores: ${parts.join('; ')}.` : '';
}
