import type { CompiledScenario } from '../../engine/runtime/compile-scenario';
import { createSession, type Session } from '../../engine/runtime/create-session';
import type { ResumeRecord } from './resume-record';

/**
 * Rebuilds an attempt by replaying its decisions through the engine, so the
 * patient state, transcript and checkpoints come out exactly as the engine
 * computes them. Throws if a step does not fit (the caller starts afresh).
 * The session is left running at the next decision; the caller persists and stops it.
 */
export function replaySteps(compiled: CompiledScenario, steps: ResumeRecord['steps'], timeLimitFactor: number | null): Session {
  const session = createSession(compiled, { timeLimitFactor });
  try {
    for (const [turn, step] of steps.entries()) {
      const view = session.getView();
      if (view.status !== 'active') throw new Error(`The conversation ended before decision ${turn + 1}`);
      if (step === 'timeout') {
        session.send({ type: 'TIME_UP' });
      } else {
        const choice = view.choices[step];
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
