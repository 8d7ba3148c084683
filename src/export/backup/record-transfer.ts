import type { ImportResult, Store } from '../../storage/store.types';

/** Backup, restore and spreadsheet files of this browser's records: what History, the dashboard and Settings offer. */
export interface RecordTransfer {
  /** A schema-versioned JSON file; one profile, or every profile when omitted. Never holds LRS credentials. */
  exportJson: (profileId?: string) => Promise<string>;
  /** One row per attempt, for spreadsheets (UTF-8 BOM, formula-safe). */
  exportCsv: (profileId?: string) => Promise<string>;
  /** All or nothing: a rejected file leaves every record untouched. */
  importJson: (text: string) => Promise<ImportResult>;
}

/**
 * The files over a store's records. The formats load on first use, so the
 * storage the app opens at first paint does not carry them.
 */
export function recordTransfer(store: Pick<Store, 'readRecords' | 'addRecords'>): RecordTransfer {
  return {
    async exportJson(profileId) {
      const [{ profiles, attempts }, { buildExportFile, serializeExportFile }] = await Promise.all([
        store.readRecords(profileId),
        import('./export-file'),
      ]);
      return serializeExportFile(buildExportFile(profiles, attempts));
    },
    async exportCsv(profileId) {
      const [{ profiles, attempts }, { attemptsToCsv }] = await Promise.all([store.readRecords(profileId), import('./attempts-csv')]);
      return attemptsToCsv(profiles, attempts);
    },
    async importJson(text) {
      const { parseExportFile } = await import('./parse-export-file');
      const parsed = parseExportFile(text);
      if (!parsed.ok) return parsed;
      return store.addRecords(parsed.file, parsed.rejected);
    },
  };
}

/** The store with its files: what the UI's StorePort is. */
export function withRecordTransfer<S extends Pick<Store, 'readRecords' | 'addRecords'>>(store: S): S & RecordTransfer {
  return { ...store, ...recordTransfer(store) };
}
