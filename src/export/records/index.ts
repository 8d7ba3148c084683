/**
 * Records leaving or entering Common Ground as files: a trainee's JSON backup
 * and CSV (their formats live in ../backup, re-exported here), the results
 * file "Send results" writes for programs without an LRS, and the
 * instructor's cohort view built from many trainees' files of either kind.
 */
export { EXPORT_KIND, EXPORT_VERSION, buildExportFile, serializeExportFile, exportChecksum, type ExportFile } from '../backup/export-file';
export { parseExportFile, type ParsedExport } from '../backup/parse-export-file';
export { attemptsToCsv } from '../backup/attempts-csv';
export { toCsv, csvCell, type CsvCell } from '../backup/csv';
export type * from './cohort.types';
export { aggregateCohort, createCohortAccumulator, ATTEMPT_RESULTS, type CohortAccumulator } from './aggregate-cohort';
export {
  readCohortFile,
  readCohortFileLoading,
  parseCohortFile,
  exportFileToCohort,
  toCohortAttempt,
  type CohortFileResult,
} from './read-cohort-file';
export {
  RESULTS_KIND,
  RESULTS_VERSION,
  buildResultsBundle,
  serializeResultsBundle,
  resultsChecksum,
  resultsFileName,
  type ResultsBundle,
  type ResultsCourse,
} from './results-bundle';
export { parseResultsValue, type ParsedResults } from './parse-results-bundle';
export {
  verifyAttempt,
  describeCheck,
  UNKNOWN_VERSION,
  type AttemptCheck,
  type DerivedAttempt,
  type ScenarioVersions,
} from './verify-attempt';
export { checkImportFile, type CheckedImport, type AttemptCheckLine } from './check-import-file';
export { cohortTableToCsv } from './cohort-table-csv';
export { traineeLabels, type Nameable, type TraineeLabel } from './trainee-labels';
export { generateCohortFiles, generateCohortAttempts, type SyntheticCohortOptions } from './synthetic-cohort';
