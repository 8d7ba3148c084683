import { useState } from 'react';
import { ConfirmDialog } from '../common/confirm-dialog';
import { useAppData } from '../data/app-data-context';
import { LOCAL_KEY_PREFIX } from '../privacy/stored-data';

/** Removes the app's web-storage entries (the Privacy page lists them), a launch's LRS access included; blocked storage has nothing to remove. */
function clearLocalEntries(): void {
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = globalThis[area];
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
        (key): key is string => key?.startsWith(LOCAL_KEY_PREFIX) ?? false,
      );
      for (const key of keys) storage.removeItem(key);
    } catch {
      // Storage blocked: there are no entries to remove.
    }
  }
}

interface Props {
  /** Starts the app afresh once everything is gone; tests pass a spy. */
  reload?: () => void;
}

/** Settings → "Erase everything on this device": every record, setting and credential in this browser. */
export function EraseSection({ reload = () => window.location.reload() }: Props) {
  const { store } = useAppData();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');
  if (!store) return null;

  const erase = async () => {
    setAsking(false);
    try {
      await store.clearAll();
    } catch {
      setMessage(
        'Nothing was erased: this browser would not let Common Ground change its records. Try again, or clear this site’s data in the browser’s settings.',
      );
      return;
    }
    clearLocalEntries();
    setMessage('Everything was erased. Starting again…');
    reload();
  };

  return (
    <section className="panel settings-section" aria-labelledby="erase-title">
      <h2 id="erase-title">Erase everything on this device</h2>
      <p className="muted">
        Deletes every profile, attempt, conversation in progress, scenario draft, queued learning record and setting (with any LRS
        credentials) that Common Ground keeps in this browser. Records already sent to an LRS or an LMS stay there. See{' '}
        <a href="#/privacy">Privacy</a> for the full list.
      </p>
      <button type="button" className="button button-danger" onClick={() => setAsking(true)}>
        Erase everything on this device
      </button>
      <p role="status" className="field-status">
        {message}
      </p>
      {asking && (
        <ConfirmDialog
          title="Erase everything on this device?"
          onCancel={() => setAsking(false)}
          actions={[
            { label: 'Keep my records', onSelect: () => setAsking(false), variant: 'primary' },
            { label: 'Erase everything', onSelect: () => void erase(), variant: 'danger' },
          ]}
        >
          <p>
            Every profile’s history on this browser will be gone for good. To keep your results, cancel and download a backup from History
            first.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
