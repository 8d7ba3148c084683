import './send-results.css';
import { useState } from 'react';
import { useAppData } from '../data/app-data-context';
import type { ShareTarget } from './send-results';

interface Props {
  /** The device's way of handing the file on; the browser's unless a test passes another. */
  target?: ShareTarget;
}

/**
 * "Send results": one file with every attempt of the active profile, for a
 * program without a Learning Record Store; then a plain sentence on what to
 * do with it. Renders nothing until storage and the profile have loaded.
 */
export function SendResultsButton({ target }: Props) {
  const { store, profile } = useAppData();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  if (!store || !profile) return null;

  const send = async () => {
    setBusy(true);
    try {
      // The file's builder loads on the press, not with the debrief or the History.
      const { sendOutcomeMessage, sendResults } = await import('./send-results');
      setResult({ text: sendOutcomeMessage(await sendResults((id) => store.exportJson(id), profile.id, target)), error: false });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      setResult({ text: `Your results could not be sent: ${why}. Your attempts are still saved on this device; try again.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="send-results">
      <button type="button" className="button" disabled={busy} onClick={() => void send()}>
        Send results
      </button>
      <p className={`send-results-status${result?.error ? ' is-error' : ''}`} role={result?.error ? 'alert' : 'status'}>
        {result?.text}
      </p>
    </div>
  );
}
