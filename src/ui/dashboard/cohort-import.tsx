import { useId, useRef, useState, type DragEvent } from 'react';
import type { CohortLoadState } from './use-cohort-loader';

interface Props {
  state: CohortLoadState;
  onFiles(files: File[]): void;
  onClear(): void;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Choose or drop many trainees' export files; shows progress and every rejected file with its reason. */
export function CohortImport({ state, onFiles, onClear }: Props) {
  const inputId = useId();
  const progressId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { busy, total, done, loaded, rejected } = state;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) onFiles([...event.dataTransfer.files]);
  };

  return (
    <section className="panel dashboard-section" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Load trainee files</h2>
      <p>
        Ask each trainee to download their records from History (a <code>.json</code> file), then load them
        all here at once. The files are read on this computer only; nothing is uploaded.
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
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            onFiles(files);
          }}
        />
        <span className="muted">or drop them here</span>
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
        {!busy && loaded.length > 0 &&
          `Loaded ${plural(loaded.length, 'file')} (${plural(loaded.reduce((sum, source) => sum + source.attempts, 0), 'attempt')}).`}
        {!busy && rejected.length > 0 && ` ${plural(rejected.length, 'file was', 'files were')} not loaded; see below.`}
      </p>

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
