import type { SaveState } from './drafts/use-draft-autosave';

interface Props {
  fileName: string;
  saveState: SaveState;
  formatTime: (at: number) => string;
  onDownload: () => void;
}

function saveText(state: SaveState, formatTime: (at: number) => string): string {
  switch (state.kind) {
    case 'saving':
      return 'Saving the draft…';
    case 'saved':
      return `Draft saved on this browser at ${formatTime(state.at)}.`;
    case 'failed':
      return '';
    default:
      return 'Changes are saved on this browser as you type.';
  }
}

/** The open file's name, where its draft stands, and the download. */
export function DocumentBar({ fileName, saveState, formatTime, onDownload }: Props) {
  return (
    <div className="author-document-bar">
      <p className="author-file-name">
        Editing <strong>{fileName}</strong>
      </p>
      <p className="author-save-state muted">{saveText(saveState, formatTime)}</p>
      {saveState.kind === 'failed' && (
        <p className="author-error-text" role="alert">
          The draft could not be saved on this browser ({saveState.message}). Download the file to keep your work.
        </p>
      )}
      <button type="button" className="button button-primary" onClick={onDownload}>
        Download {fileName}
      </button>
    </div>
  );
}
