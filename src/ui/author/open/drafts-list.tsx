import { useState } from 'react';
import { ConfirmDialog } from '../../common/confirm-dialog';
import type { DraftRecord } from '../drafts/drafts-port';

interface Props {
  drafts: readonly DraftRecord[];
  onOpen: (fileName: string, text: string, restoredFrom: number) => void;
  onDelete: (id: string) => void;
  formatTime: (at: number) => string;
}

/** The drafts saved on this browser, newest first; deleting one asks first. */
export function DraftsList({ drafts, onOpen, onDelete, formatTime }: Props) {
  const [confirming, setConfirming] = useState<DraftRecord | null>(null);
  if (drafts.length === 0) return null;
  return (
    <div className="author-drafts">
      <h3>Drafts on this browser</h3>
      <ul>
        {drafts.map((draft) => (
          <li key={draft.id}>
            <button type="button" className="button button-small" onClick={() => onOpen(draft.fileName, draft.text, draft.updatedAt)}>
              Open {draft.fileName}
            </button>{' '}
            <span className="muted">saved {formatTime(draft.updatedAt)}</span>{' '}
            <button
              type="button"
              className="button button-small button-danger"
              onClick={() => setConfirming(draft)}
              aria-label={`Delete the draft of ${draft.fileName}`}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {confirming && (
        <ConfirmDialog
          title={`Delete the draft of ${confirming.fileName}?`}
          onCancel={() => setConfirming(null)}
          actions={[
            { label: 'Keep it', onSelect: () => setConfirming(null), variant: 'primary' },
            {
              label: 'Delete the draft',
              variant: 'danger',
              onSelect: () => {
                onDelete(confirming.id);
                setConfirming(null);
              },
            },
          ]}
        >
          <p>
            The copy saved in this browser at {formatTime(confirming.updatedAt)} is removed and cannot be brought back. Files you downloaded
            are not affected.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
