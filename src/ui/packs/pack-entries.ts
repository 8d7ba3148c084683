import { toCatalogEntry, type CatalogEntry } from '../../engine/trainee';
import type { PackScenarioRecord } from '../../storage/storage.types';

/** What the library shows of the packs: the versions listed (not replaced, not shadowing a built-in id) and the whole catalog. */
export interface PackView {
  /** Null until storage has been read. */
  current: PackScenarioRecord[] | null;
  catalog: readonly CatalogEntry[];
}

/** Loaded after the first screen, with the stored records, to keep that screen's download small. */
export function packView(
  records: readonly PackScenarioRecord[],
  builtIn: readonly CatalogEntry[],
  builtInIds: ReadonlySet<string>,
): PackView {
  const current = records.filter((record) => record.replacedAt === null && !builtInIds.has(record.scenarioId));
  return { current, catalog: current.length > 0 ? [...builtIn, ...current.map((record) => toCatalogEntry(record.compiled))] : builtIn };
}
