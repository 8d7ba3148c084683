import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SyncStatus } from '../../export/xapi/sync-status';
import type { XapiService } from '../../export/xapi/xapi-service';
import { useLoaded } from '../data/use-loaded';
import { useScenarioSource } from '../scenarios/scenario-source';

const noSubscription = () => () => {};

/**
 * Loads the shared xAPI service (a separate chunk) and follows its sync
 * status; only when `enabled` (an LRS is configured), so a trainee without one
 * never loads it.
 */
export function useXapiService(enabled: boolean): { service: XapiService | null; status: SyncStatus | null } {
  const { loadScenario } = useScenarioSource();
  const load = useMemo(
    () => (enabled ? async () => (await import('../../export/xapi/xapi-service')).sharedXapiService(loadScenario) : null),
    [enabled, loadScenario],
  );
  const service = useLoaded(load).data;
  const subscribe = useCallback((changed: () => void) => service?.sender.subscribe(changed) ?? noSubscription(), [service]);
  const status = useSyncExternalStore(subscribe, () => service?.sender.getStatus() ?? null);

  useEffect(() => {
    // Refreshes the queued count (and sends anything due).
    void service?.sender.drain();
  }, [service]);

  return { service, status };
}
