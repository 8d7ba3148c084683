import { DIMENSIONS } from '../../engine/trainee';
import type { AttemptRecord, Profile } from '../../storage/storage.types';
import { csvDate, toCsv, type CsvCell } from './csv';
import { FREE_TEXT_CSV_HEADER, freeTextCells } from './free-text-cells';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const ATTEMPT_CSV_HEADER = [
  'Trainee',
  'Program ID',
  'Profile ID',
  'Attempt ID',
  'Scenario ID',
  'Scenario',
  'Started (UTC)',
  'Finished (UTC)',
  'Status',
  'Outcome',
  'Overall',
  ...DIMENSIONS.map(capitalise),
  ...FREE_TEXT_CSV_HEADER,
];

/** One row per attempt, oldest first, for a spreadsheet; the trainee's own words (when kept) go with it. */
export function attemptsToCsv(profiles: Profile[], attempts: AttemptRecord[]): string {
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const rows: CsvCell[][] = [...attempts]
    .sort((a, b) => a.finishedAt - b.finishedAt)
    .map((attempt) => {
      const profile = byId.get(attempt.profileId);
      const dimension = (name: string) => attempt.score?.dimensions.find((entry) => entry.dimension === name)?.score ?? null;
      return [
        profile?.displayName ?? '',
        profile?.programId ?? '',
        attempt.profileId,
        attempt.id,
        attempt.scenarioId,
        attempt.scenarioTitle,
        csvDate(attempt.startedAt),
        csvDate(attempt.finishedAt),
        attempt.status,
        attempt.outcome ?? '',
        attempt.score?.overall ?? null,
        ...DIMENSIONS.map(dimension),
        ...freeTextCells(attempt),
      ];
    });
  return toCsv([ATTEMPT_CSV_HEADER, ...rows]);
}
