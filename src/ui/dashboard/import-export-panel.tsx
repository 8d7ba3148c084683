import './import-export-panel.css';
import { useId, useRef, useState } from 'react';
import type { AttemptCheckLine, ExportFile } from '../../export/records';
import type { RecordTransfer } from '../../export/backup/record-transfer';
import type { ImportResult } from '../../storage/store.types';
import { ConfirmDialog } from '../common/confirm-dialog';
import { datedFileName, downloadFile } from '../common/download-file';
import { useScenarioSource } from '../scenarios/scenario-source';
import { checksSummary, importSummary } from './import-summary';
import type { ReadImport } from './read-import-file';

interface Props {
  transfer: RecordTransfer;
  profile: { id: string; displayName: string };
  /** Called after records were added, so the screen can re-read its history. */
  onImported?: (result: Extract<ImportResult, { ok: true }>) => void;
}

interface Pending {
  fileName: string;
  /** The records that will be imported: impossible ones left out, each score as its transcript gives it. */
  file: ExportFile;
  /** One sentence per record left out, for impossible numbers, dates or transcripts. */
  rejected: string[];
  checks: AttemptCheckLine[];
}

const importing = () => import('./read-import-file');

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'trainee';
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Download this profile's records (JSON backup or CSV spreadsheet) and import
 * a backup, with a confirmation first and a plain result after. Meant for the
 * History screen; it owns no data, only the calls it is given.
 */
export function ImportExportPanel({ transfer, profile, onImported }: Props) {
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const scenarios = useScenarioSource();

  async function run(work: () => Promise<string>) {
    setBusy(true);
    try {
      setResult({ text: await work(), error: false });
    } catch (error) {
      setResult({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
    }
  }

  const download = (kind: 'json' | 'csv') =>
    run(async () => {
      const text = kind === 'json' ? await transfer.exportJson(profile.id) : await transfer.exportCsv(profile.id);
      const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
      downloadFile(datedFileName(`common-ground-${slug(profile.displayName)}`, kind), text, type);
      return kind === 'json' ? 'Your records were downloaded as a JSON file.' : 'Your records were downloaded as a spreadsheet (CSV).';
    });

  async function choose(file: File) {
    let read: ReadImport;
    try {
      const [text, { readImportFile }] = await Promise.all([file.text(), importing()]);
      read = await readImportFile(text, scenarios);
    } catch (error) {
      // The file could not be read, or the importer's code did not arrive (offline before it was ever loaded).
      const why = error instanceof Error ? error.message : String(error);
      setResult({ text: `${file.name} could not be opened: ${why}. Nothing was imported.`, error: true });
      return;
    }
    if (!read.ok) {
      setResult({ text: `${file.name}: ${read.message}`, error: true });
      return;
    }
    setPending({ fileName: file.name, file: read.file, rejected: read.rejected, checks: read.checks });
  }

  const confirmImport = (chosen: Pending) =>
    run(async () => {
      setPending(null);
      const { importText } = await importing();
      const outcome = await transfer.importJson(importText(chosen.file));
      if (!outcome.ok) throw new Error(outcome.message);
      onImported?.(outcome);
      const rejected = chosen.rejected.length > 0 ? { rejected: chosen.rejected } : {};
      const checks = checksSummary(chosen.checks);
      return `${importSummary({ ...outcome, ...rejected }, chosen.file, profile)}${checks && ` ${checks}`}`;
    });

  return (
    <section className="panel records-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Keep or move your records</h2>
      <p className="muted">
        Download a copy to keep, to move to another browser, or to hand to your instructor. Settings and LRS credentials are never included.
      </p>
      <div className="records-panel-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download('json')}>
          Download records (JSON)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void download('csv')}>
          Download spreadsheet (CSV)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => inputRef.current?.click()}>
          Import records…
        </button>
        <input
          ref={inputRef}
          hidden
          type="file"
          accept=".json,application/json"
          aria-label="Records file to import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void choose(file);
          }}
        />
      </div>
      <p className={`records-panel-result${result?.error ? ' is-error' : ''}`} role={result?.error ? 'alert' : 'status'}>
        {result?.text}
      </p>
      {pending && (
        <ConfirmDialog
          title="Import these records?"
          onCancel={() => setPending(null)}
          actions={[
            { label: 'Import', variant: 'primary', onSelect: () => void confirmImport(pending) },
            { label: 'Cancel', onSelect: () => setPending(null) },
          ]}
        >
          <p>
            {pending.fileName} holds {plural(pending.file.attempts.length, 'attempt')}
            {pending.file.profiles.length > 0 && ` by ${pending.file.profiles.map((p) => p.displayName).join(', ')}`}.
          </p>
          {pending.rejected.length > 0 && (
            <p>
              {plural(pending.rejected.length, 'record')} in it {pending.rejected.length === 1 ? 'has' : 'have'} impossible dates, scores or
              choices and will be left out.
            </p>
          )}
          {pending.checks.length > 0 && <p>{checksSummary(pending.checks)}</p>}
          <p>Records already on this device are kept. Attempts you already have are skipped, not doubled.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
