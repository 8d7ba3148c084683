import { toCsv, type CsvCell } from '../backup/csv';
import type { CohortSummary } from './cohort.types';

/**
 * The dashboard's trainee × scenario table as CSV: per scenario, the best and
 * latest overall score and the number of attempts. Trainee names are
 * formula-neutralised like every other text cell.
 */
export function cohortTableToCsv(summary: CohortSummary): string {
  // The profile id keeps two trainees with the same name (and no program ID) apart.
  const header: CsvCell[] = ['Trainee', 'Program ID', 'Profile ID'];
  for (const scenario of summary.scenarios) {
    header.push(`${scenario.title}: best`, `${scenario.title}: latest`, `${scenario.title}: attempts`);
  }
  const rows = summary.trainees.map((trainee, t) => {
    const row: CsvCell[] = [trainee.name, trainee.programId ?? '', trainee.key];
    for (const cell of summary.cells[t] ?? []) {
      row.push(cell?.best ?? null, cell?.latest ?? null, cell?.attempts ?? 0);
    }
    return row;
  });
  return toCsv([header, ...rows]);
}
