/**
 * The storage layer's public door. The UI imports it lazily, so Dexie and the
 * validators load after the first screen has painted.
 */
export { openStore, type OpenStoreOptions } from './open-store';
export { StorageQuotaError } from './errors';
export { DEFAULT_SETTINGS } from './validate/repair-settings';
export { SCHEMA_VERSION } from './backend/schema';
export type * from './store.types';
export type * from './storage.types';
// Backup file and CSV formats, for the export layer (src/export/records).
export {
  EXPORT_KIND,
  EXPORT_VERSION,
  buildExportFile,
  serializeExportFile,
  exportChecksum,
  type ExportFile,
} from './transfer/export-file';
export { parseExportFile, type ParsedExport } from './transfer/parse-export-file';
export { attemptsToCsv, ATTEMPT_CSV_HEADER } from './transfer/attempts-csv';
export { toCsv, csvCell, csvDate, UTF8_BOM, type CsvCell } from './transfer/csv';
