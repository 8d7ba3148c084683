import type { LmsReporting } from '../../export/lms-reporting/lms-reporting';
import { transcriptOfSnapshot } from '../../export/scorm/scorm-launch';
import type { Store } from '../../storage/store.types';
import { registerAttemptObserver } from '../play/attempt-observers';
import type { CompiledScenario } from '../scenarios/engine';

export interface LmsObservation {
  stop: () => void;
  /** Runs `work` after every event heard so far has reached the reporter (say, finishing the session). */
  afterEvents: (work: () => unknown) => Promise<void>;
}

/**
 * Feeds the play screen's attempt events to an LMS reporter (SCORM or cmi5),
 * one at a time: a decision never reaches the LMS before its attempt's start,
 * nor an ending after the session was closed with `afterEvents`.
 */
export function observeForLms(
  reporting: LmsReporting,
  store: Pick<Store, 'inProgress'>,
  loadScenario: (id: string) => Promise<CompiledScenario>,
): LmsObservation {
  let queue: Promise<void> = Promise.resolve();
  const inOrder = (work: () => unknown): Promise<void> => {
    queue = queue.then(work).then(
      () => undefined,
      () => undefined,
    );
    return queue;
  };
  const stop = registerAttemptObserver({
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
  return { stop, afterEvents: inOrder };
}
