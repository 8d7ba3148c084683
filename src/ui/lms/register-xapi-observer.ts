import type { CompiledScenario } from '../scenarios/engine';
import { registerAttemptObserver } from '../play/attempt-observers';

/**
 * Sends every attempt to the Learning Record Store configured in Settings.
 * Only this tiny file is in the first-load bundle: the xAPI service (builders,
 * outbox, its store connection, and the LRS client once there is something to
 * send) loads on the first attempt event, or shortly after start-up to drain
 * what an earlier visit left — and, when `lrsConfigured` is given, only if it
 * says an LRS is set up, so a trainee without one never loads any of it.
 */
export function registerXapiObserver(
  loadScenario: (id: string) => Promise<CompiledScenario>,
  lrsConfigured: () => Promise<boolean> = async () => true,
): () => void {
  const load = () => import('../../export/xapi/xapi-service').then((module) => module.sharedXapiService(loadScenario));
  const service = async () => ((await lrsConfigured()) ? load() : null);
  const unregister = registerAttemptObserver({
    started: async (info) => (await service())?.started(info),
    answered: async (entry, info) => (await service())?.answered(entry, info),
    completed: async (record) => (await service())?.finished(record),
    abandoned: async (record) => (await service())?.finished(record),
    suspended: async (info) => (await service())?.suspended(info),
  });
  // "Drain on load", once the first screen has painted.
  const timer = setTimeout(() => void service(), 1500);
  return () => {
    clearTimeout(timer);
    unregister();
  };
}
