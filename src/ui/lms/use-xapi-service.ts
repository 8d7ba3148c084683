import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../export/xapi/sync-status';
import type { XapiService } from '../../export/xapi/xapi-service';
import { useScenarioSource } from '../scenarios/scenario-source';

/**
 * Loads the shared xAPI service (a separate chunk) and follows its sync
 * status; only when `enabled` (an LRS is configured), so a trainee without one
 * never loads it.
 */
export function useXapiService(enabled: boolean): { service: XapiService | null; status: SyncStatus | null } {
  const { loadScenario } = useScenarioSource();
  const [service, setService] = useState<XapiService | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    let unsubscribe = () => {};
    void import('../../export/xapi/xapi-service')
      .then((module) => module.sharedXapiService(loadScenario))
      .then((loaded) => {
        if (cancelled) return;
        setService(loaded);
        setStatus(loaded.sender.getStatus());
        unsubscribe = loaded.sender.subscribe(setStatus);
        // Refreshes the queued count (and sends anything due).
        void loaded.sender.drain();
      });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [enabled, loadScenario]);

  return { service, status };
}
