import type { LmsReporting } from '../../export/lms-reporting/lms-reporting';
import { transcriptOfSnapshot } from '../../export/scorm/scorm-launch';
import type { Store } from '../../storage/store.types';
import { registerAttemptObserver } from '../play/attempt-observers';
import type { CompiledScenario } from '../scenarios/engine';

/**
 * Feeds the play screen's attempt events to an LMS reporter (SCORM or cmi5),
 * one at a time: a decision never reaches the LMS before its attempt's start.
 */
export function observeForLms(reporting: LmsReporting, store: Pick<Store, 'inProgress'>, loadScenario: (id: string) => Promise<CompiledScenario>): () => void {
  let queue: Promise<void> = Promise.resolve();
  const inOrder = (work: () => unknown): Promise<void> => {
    queue = queue.then(work).then(
      () => undefined,
      () => undefined,
    );
    return queue;
  };
  return registerAttemptObserver({
    started: (info) =>
      inOrder(async () => {
        const compiled = await loadScenario(info.scenarioId);
        const saved = info.resumed ? await store.inProgress.get(info.profileId, info.scenarioId) : null;
        reporting.started(compiled, { ...info, transcript: transcriptOfSnapshot(saved?.snapshot) });
      }),
    answered: (entry) => inOrder(() => reporting.answered(entry)),
    completed: (record) => inOrder(() => reporting.completed(record)),
    abandoned: () => inOrder(() => reporting.abandoned()),
    suspended: () => inOrder(() => reporting.suspended()),
  });
}
