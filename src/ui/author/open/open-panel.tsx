import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { scenarioTemplate } from '../../../engine/authoring';
import { FilePickButton } from '../common/file-pick-button';
import type { DraftRecord } from '../drafts/drafts-port';
import { DraftsList } from './drafts-list';
import { fileNameFor, readScenarioFile, SCENARIO_ID } from './read-scenario-file';

interface Props {
  onOpen: (fileName: string, text: string, restoredFrom?: number | null) => void;
  /** Drafts saved on this browser, newest first. */
  drafts: readonly DraftRecord[];
  onDeleteDraft: (id: string) => void;
  formatTime: (at: number) => string;
}

/**
 * The three ways in: pick a file (the picker is a real, focusable file
 * input, so the drop zone works by keyboard too), drop one, or start from the
 * same template as `npm run new-scenario`. Drafts saved here can be reopened.
 */
export function OpenPanel({ onOpen, drafts, onDeleteDraft, formatTime }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newId, setNewId] = useState('my-scenario');

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readScenarioFile(file);
    if (!read.ok) return setError(read.message);
    setError(null);
    onOpen(read.fileName, read.text);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  };

  const startTemplate = (event: FormEvent) => {
    event.preventDefault();
    if (!SCENARIO_ID.test(newId))
      return setError('A scenario id is lower-case letters and digits, words joined by single hyphens (for example knee-oa-carer).');
    setError(null);
    onOpen(fileNameFor(newId), scenarioTemplate(newId));
  };

  return (
    <div className="author-open">
      <div
        className={dragging ? 'author-dropzone author-dropzone-active' : 'author-dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          Drop a <code>.scenario.yaml</code> file here, or
        </p>
        <FilePickButton
          accept=".yaml,.yml,text/yaml,application/x-yaml"
          className="button button-primary"
          onPick={(file) => void openFile(file)}
        >
          Open a scenario file…
        </FilePickButton>
      </div>

      <form className="author-template" onSubmit={startTemplate}>
        <label htmlFor={`${id}-new-id`}>Or start a new scenario with the id</label>
        <div className="author-template-row">
          <input id={`${id}-new-id`} type="text" value={newId} onChange={(e) => setNewId(e.target.value.trim())} spellCheck={false} />
          <button type="submit" className="button">
            Start from the template
          </button>
        </div>
      </form>

      {error && (
        <p className="author-error-text" role="alert">
          {error}
        </p>
      )}

      <DraftsList drafts={drafts} onOpen={onOpen} onDelete={onDeleteDraft} formatTime={formatTime} />
    </div>
  );
}
