import { useState } from 'react';
import type { PackScenarioRecord } from '../../storage/storage.types';
import { ConfirmDialog } from '../common/confirm-dialog';
import { formatDateTime } from '../common/format-date-time';
import { useAppData } from '../data/app-data-context';

/** On a library card of a scenario added from a pack: where it came from, and a way to remove it. */
export function PackMark({ record }: { record: PackScenarioRecord }) {
  const { store } = useAppData();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { title } = record.compiled.scenario;

  const remove = async () => {
    setAsking(false);
    try {
      await store?.packScenarios?.remove(record.scenarioId);
    } catch {
      setError(`“${title}” could not be removed: this browser did not let the app change its records. Nothing was deleted.`);
    }
  };

  return (
    <div className="pack-mark">
      <p className="muted">
        Added from {record.pack.name} on {formatDateTime(record.addedAt)}
      </p>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        Remove<span className="visually-hidden">: {title}</span>
      </button>
      {error && <p role="alert">{error}</p>}
      {asking && (
        <ConfirmDialog
          title={`Remove “${title}”?`}
          onCancel={() => setAsking(false)}
          actions={[
            { label: 'Remove', onSelect: () => void remove(), variant: 'danger' },
            { label: 'Keep it', onSelect: () => setAsking(false) },
          ]}
        >
          <p>
            It goes from the library on this device. Your past attempts with it stay in History, but their scores can no longer be
            re-checked. To play it again, add the pack again.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
