import './offline.css';
import type { ReactNode } from 'react';
import { OfflineNotice } from './offline-notice';
import { UpdatePrompt } from './update-prompt';

/**
 * Connection and version notices under the header: whether the app is
 * offline, and whether a new version is ready. Loaded after the first
 * screen, in a chunk of its own, so none of it weighs on the first load.
 */
export default function ConnectionStatus({ attemptOpen }: { attemptOpen: boolean }): ReactNode {
  return (
    <>
      <OfflineNotice attemptOpen={attemptOpen} />
      <UpdatePrompt attemptOpen={attemptOpen} />
    </>
  );
}
