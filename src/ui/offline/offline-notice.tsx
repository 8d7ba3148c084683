import { useOnline } from './use-online';

/**
 * A small, polite notice while the device is offline. The live region is
 * always present (empty when online), so screen readers announce the change.
 */
export function OfflineNotice({ attemptOpen }: { attemptOpen: boolean }) {
  const online = useOnline();
  return (
    <div className="offline-notice-region" aria-live="polite">
      {!online && (
        <p className="notice offline-notice">
          <span className="offline-dot" aria-hidden="true" />
          {attemptOpen
            ? "You're offline. Your attempt is kept on this device and will be saved."
            : "You're offline. Scenarios you open still work, and your attempts are kept on this device."}
        </p>
      )}
    </div>
  );
}
