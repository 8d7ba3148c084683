import { useContext, useState } from 'react';
import { AppDataContext } from '../data/app-data-context';

/** The name every attempt read from this browser's own records carries on the dashboard. */
export const THIS_DEVICE = 'this device';

interface Props {
  busy: boolean;
  /** Loads the records like a handed-in file, so they are checked, re-scored and merged the same way. */
  onFiles: (files: File[]) => void;
}

/**
 * Adds the attempts stored in this browser (every profile on it): for an
 * instructor trying scenarios themselves, or a class sharing a lab computer.
 * Renders nothing where the dashboard has no storage (its own tests).
 */
export function DeviceSource({ busy, onFiles }: Props) {
  const store = useContext(AppDataContext)?.store ?? null;
  const [error, setError] = useState('');
  if (!store) return null;

  const add = async () => {
    setError('');
    try {
      const text = await store.exportJson();
      onFiles([new File([text], THIS_DEVICE, { type: 'application/json' })]);
    } catch (caught) {
      setError(`This device’s records could not be read: ${caught instanceof Error ? caught.message : String(caught)}.`);
    }
  };

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void add()}>
        Add this device’s attempts
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
