import type { AttemptRecord } from '../../storage/storage.types';
import { createSession } from '../scenarios/engine';
import { scoreAttemptSafely } from '../scenarios/score';
import { fakeSource } from '../test-util/fixtures';

/** Test data: plays the fixture scenario with `choices` and returns the saved attempt, scored. */
export function playedAttempt(choices: readonly string[], overrides: Partial<AttemptRecord> = {}, source = fakeSource()): AttemptRecord {
  const compiled = source.compiled[0]!;
  const session = createSession(compiled);
  for (const choiceId of choices) session.send({ type: 'CHOOSE', choiceId });
  const view = session.getView();
  const checkpoints = [...session.checkpoints];
  session.stop();
  const ended = view.ending !== null;
  return {
    id: 'att-1',
    profileId: 'p1',
    scenarioId: compiled.scenario.id,
    scenarioTitle: compiled.scenario.title,
    contentHash: compiled.contentHash,
    scenarioSchemaVersion: 1,
    registration: 'r',
    startedAt: 1,
    finishedAt: 2,
    status: ended ? 'completed' : 'abandoned',
    outcome: view.ending?.outcome ?? null,
    transcript: view.transcript,
    score: ended ? scoreAttemptSafely(compiled, view.transcript, view.ending?.id ?? null) : null,
    checkpoints,
    ...overrides,
  };
}
