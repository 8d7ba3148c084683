import { useState, useSyncExternalStore } from 'react';
import { subscribeToUpdate, waitingUpdate } from './update-status';

/**
 * Offers the new version once it has downloaded, but never while a
 * conversation is open: reloading there would interrupt the attempt (it is
 * saved, but the trainee loses their train of thought). It waits, and shows
 * when they are back in the library, the history or a debrief.
 */
export function UpdatePrompt({ attemptOpen }: { attemptOpen: boolean }) {
  const apply = useSyncExternalStore(subscribeToUpdate, waitingUpdate, () => null);
  const [later, setLater] = useState(false);
  const show = apply !== null && !attemptOpen && !later;
  return (
    <div className="update-prompt-region" aria-live="polite">
      {show && (
        <section className="notice update-prompt" aria-label="New version">
          <p>A new version of Common Ground is ready. Reload to use it; your records stay on this device.</p>
          <p className="update-prompt-actions">
            <button type="button" className="button button-primary button-small" onClick={apply}>
              Reload now
            </button>
            <button type="button" className="button button-small" onClick={() => setLater(true)}>
              Later
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
