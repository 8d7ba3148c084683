import { useEffect, useSyncExternalStore } from 'react';
import { sharedCoderClient, type CoderClient, type CoderStatus } from './coder-client';

/**
 * The response reader for a free-text attempt: started as soon as the
 * attempt is in free-text mode, so its weights load while the trainee reads
 * and types, and its status for the loading note.
 */
export function useResponseCoder(client: CoderClient = sharedCoderClient()): { client: CoderClient; status: CoderStatus } {
  useEffect(() => client.start(), [client]);
  const status = useSyncExternalStore(client.subscribe, client.getStatus);
  return { client, status };
}
