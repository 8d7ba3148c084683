import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { DeviceSource } from './device-source';
import { droppedFiles } from './dropped-files';
import { fileReport } from './file-report';
import type { CohortLoadState } from './use-cohort-loader';

interface Props {
  state: CohortLoadState;
  /** `passedOver`: files inside dropped folders that were not .json, counted but not read. */
  onFiles: (files: File[], passedOver?: number) => void;
  onClear: () => void;
}

/** React has no typed prop for it: the attribute that turns a file input into a folder picker. */
const chooseFolder = (input: HTMLInputElement | null) => input?.setAttribute('webkitdirectory', '');

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Choose or drop many trainees' results files, or a whole folder of them;
 * shows progress, what each file added, and every rejected file with its reason.
 */
export function CohortImport({ state, onFiles, onClear }: Props) {
  const inputId = useId();
  const progressId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement | null>(null);
  const [dragging, setDragging] = useState(false);
  const { busy, total, done, loaded, rejected, passedOver } = state;

  /** Hands the chosen files on and clears the input, so choosing the same ones again still loads them. */
  const takeFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    onFiles(files);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    // Read the drop now: its items are gone once this handler returns.
    if (!busy) void droppedFiles(event.dataTransfer).then(({ files, passedOver: skipped }) => onFiles(files, skipped));
  };

  return (
    <section className="panel dashboard-section" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Load trainee files</h2>
      <p>
        Ask each trainee to press <strong>Send results</strong> (on their History page, or at the end of a debrief) and give you the file,
        then load them all here at once: choose the files, a whole folder, or drop them here. Backups made with Download records load too.
        The files are read on this computer only; nothing is uploaded.
      </p>
      <div
        className={`dashboard-dropzone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" className="button button-primary" disabled={busy} onClick={() => inputRef.current?.click()}>
          Choose files…
        </button>
        <input
          ref={inputRef}
          id={inputId}
          hidden
          aria-label="Trainee export files"
          type="file"
          accept=".json,application/json"
          multiple
          disabled={busy}
          onChange={takeFiles}
        />
        <button type="button" className="button" disabled={busy} onClick={() => folderRef.current?.click()}>
          Choose a folder…
        </button>
        <input
          ref={(input) => {
            folderRef.current = input;
            chooseFolder(input);
          }}
          hidden
          aria-label="Folder of trainee files"
          type="file"
          multiple
          disabled={busy}
          onChange={takeFiles}
        />
        <span className="muted">or drop files or folders here</span>
        <DeviceSource busy={busy} onFiles={onFiles} />
      </div>

      {total > 0 && (
        <div className="dashboard-progress">
          <label htmlFor={progressId}>{busy ? 'Reading files' : 'Files read'}</label>
          <progress id={progressId} max={total} value={done} />
          <span>
            {done} of {total}
          </span>
        </div>
      )}
      <p role="status" className="dashboard-status">
        {!busy &&
          loaded.length > 0 &&
          `Loaded ${plural(loaded.length, 'file')} (${plural(
            loaded.reduce((sum, source) => sum + source.attempts, 0),
            'attempt',
          )}).`}
        {!busy && rejected.length > 0 && ` ${plural(rejected.length, 'file was', 'files were')} not loaded; see below.`}
        {!busy &&
          passedOver > 0 &&
          ` ${plural(passedOver, 'file')} in the folder ${passedOver === 1 ? 'was' : 'were'} not .json and ${passedOver === 1 ? 'was' : 'were'} passed over.`}
      </p>

      {loaded.length > 0 && (
        <details className="dashboard-file-report" open={loaded.length <= 20}>
          <summary>What each file added ({loaded.length})</summary>
          <ul>
            {loaded.map((source, index) => (
              <li key={`${source.name}-${index}`}>
                <strong>{source.name}</strong>: {fileReport(source)}
              </li>
            ))}
          </ul>
        </details>
      )}

      {rejected.length > 0 && (
        <div className="dashboard-rejected">
          <h3>Files not loaded</h3>
          <ul>
            {rejected.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                <strong>{file.name}</strong>: {file.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {loaded.some((source) => source.leftOut?.length) && (
        <div className="dashboard-rejected">
          <h3>Records left out</h3>
          <ul>
            {loaded.flatMap((source) =>
              (source.leftOut ?? []).map((sentence, index) => (
                <li key={`${source.name}-${index}`}>
                  <strong>{source.name}</strong>: {sentence}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      {(loaded.length > 0 || rejected.length > 0) && !busy && (
        <button type="button" className="button button-small" onClick={onClear}>
          Start again with no files
        </button>
      )}
    </section>
  );
}
