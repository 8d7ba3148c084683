import { createSession, type CompiledScenario, type Session } from '../../engine/trainee';
import type { ResumeRecord } from './resume-record';

/**
 * Rebuilds an attempt by replaying its decisions through the engine, so the
 * patient state, transcript and checkpoints come out exactly as the engine
 * computes them. Throws if a step does not fit (the caller starts afresh).
 * The session is left running at the next decision; the caller persists and stops it.
 * Steps are authored indices, so the replay does not depend on the order
 * shown; the seed (null: authored order) makes the resumed attempt show the
 * order it had before.
 */
export function replaySteps(
  compiled: CompiledScenario,
  steps: ResumeRecord['steps'],
  timeLimitFactor: number | null,
  seed: number | null = null,
): Session {
  const session = createSession(compiled, seed === null ? { timeLimitFactor } : { timeLimitFactor, seed });
  const nodes = new Map(compiled.scenario.nodes.map((node) => [node.id, node]));
  try {
    for (const [turn, step] of steps.entries()) {
      const view = session.getView();
      if (view.status !== 'active') throw new Error(`The conversation ended before decision ${turn + 1}`);
      if (step === 'timeout') {
        session.send({ type: 'TIME_UP' });
      } else {
        const choice = nodes.get(view.nodeId)?.choices[step];
        if (!choice) throw new Error(`Decision ${turn + 1} has no response number ${step + 1}`);
        session.send({ type: 'CHOOSE', choiceId: choice.id });
      }
      if (session.getView().transcript.length !== turn + 1) throw new Error(`Decision ${turn + 1} did not replay`);
    }
    return session;
  } catch (error) {
    session.stop();
    throw error;
  }
}
