import type { AttemptRecord } from '../../storage/storage.types';
import { attemptBoundsProblem, profileBoundsProblem } from './import-bounds';
import type { ExportFile } from './export-file';

const MAX_TITLE = 60;

const quoted = (text: string) => `“${text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE)}…` : text}”`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The file with every record whose numbers or dates cannot be right left out,
 * and one sentence per record left out. A profile left out takes its attempts
 * with it: they would have no trainee to belong to.
 */
export function keepPlausibleRecords(file: ExportFile, now: number): { file: ExportFile; rejected: string[] } {
  const rejected: string[] = [];
  const droppedProfiles = new Map<string, number>();
  const profiles = file.profiles.filter((profile, i) => {
    const problem = profileBoundsProblem(profile, now);
    if (problem) droppedProfiles.set(profile.id, i);
    return !problem;
  });
  const orphaned = new Map<string, number>();
  const attempts: AttemptRecord[] = file.attempts.filter((attempt, i) => {
    if (droppedProfiles.has(attempt.profileId)) {
      orphaned.set(attempt.profileId, (orphaned.get(attempt.profileId) ?? 0) + 1);
      return false;
    }
    const problem = attemptBoundsProblem(attempt, now);
    if (problem) rejected.push(`The attempt at ${quoted(attempt.scenarioTitle)} (attempts[${i}]) was not imported: ${problem}.`);
    return !problem;
  });
  for (const [id, i] of droppedProfiles) {
    const profile = file.profiles[i];
    const problem = profile ? profileBoundsProblem(profile, now) : null;
    const taken = orphaned.get(id) ?? 0;
    rejected.unshift(
      `The profile ${quoted(profile?.displayName ?? id)} (profiles[${i}]) was not imported: ${problem}` +
        (taken ? `, so its ${plural(taken, 'attempt was', 'attempts were')} not imported either.` : '.'),
    );
  }
  return { file: { ...file, profiles, attempts }, rejected };
}
