import {
  buildExportFile,
  checkImportFile,
  parseExportFile,
  serializeExportFile,
  type AttemptCheckLine,
  type ExportFile,
} from '../../export/records';
import type { ScenarioSource } from '../scenarios/scenario-source';
import { loadScenarioVersions } from '../scenarios/scenario-versions';

/**
 * Reading a backup to import: loaded only when a trainee picks a file, so the
 * parser and the scorer that re-checks each attempt (about 18 KB gzip) stay
 * off the History screen's first load.
 */

export type ReadImport =
  | { ok: false; message: string }
  | {
      ok: true;
      /** The records that will be imported: impossible ones left out, each score as its transcript gives it. */
      file: ExportFile;
      /** One sentence per record left out, for impossible numbers, dates or transcripts. */
      rejected: string[];
      checks: AttemptCheckLine[];
    };

export async function readImportFile(text: string, scenarios: ScenarioSource): Promise<ReadImport> {
  const parsed = parseExportFile(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  // Scores are derived, never trusted: each attempt is re-scored from its transcript before it is kept.
  const checked = checkImportFile(parsed.file, await loadScenarioVersions(scenarios, parsed.file.attempts));
  return { ok: true, file: checked.file, rejected: [...parsed.rejected, ...checked.leftOut], checks: checked.checks };
}

/** The checked records, as the text the store imports. */
export function importText({ profiles, attempts, exportedAt }: ExportFile): string {
  return serializeExportFile(buildExportFile(profiles, attempts, Date.parse(exportedAt)));
}
