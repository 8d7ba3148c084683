import type { CompiledScenario } from '../scenarios/engine';
import { registerAttemptObserver } from '../play/attempt-observers';

/**
 * Sends every attempt to the Learning Record Store configured in Settings.
 * Only this tiny file is in the first-load bundle: the xAPI service (builders,
 * outbox, and @xapi/xapi once there is something to send) loads on the first
 * attempt event, or shortly after start-up to drain what an earlier visit left.
 */
export function registerXapiObserver(loadScenario: (id: string) => Promise<CompiledScenario>): () => void {
  const service = () => import('../../export/xapi/xapi-service').then((module) => module.sharedXapiService(loadScenario));
  const unregister = registerAttemptObserver({
    started: async (info) => (await service()).started(info),
    answered: async (entry, info) => (await service()).answered(entry, info),
    completed: async (record) => (await service()).finished(record),
    abandoned: async (record) => (await service()).finished(record),
    suspended: async (info) => (await service()).suspended(info),
  });
  // "Drain on load", once the first screen has painted.
  const timer = setTimeout(() => void service(), 1500);
  return () => {
    clearTimeout(timer);
    unregister();
  };
}
