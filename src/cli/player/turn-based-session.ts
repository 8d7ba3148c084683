import { createSession, type CompiledScenario, type Session, type SessionView } from '../../engine/trainee';

/**
 * A session whose time limits run out only when asked (`wait`), never by the
 * clock: a terminal player reads a line at a time, and the same input must
 * give the same run however long anyone takes to type it. A timed node is
 * paused as soon as it is reached and resumed only in the same tick as the
 * answer, so the engine's timer never fires.
 */
export class TurnBasedSession {
  private readonly session: Session;

  constructor(compiled: CompiledScenario, seed: number) {
    this.session = createSession(compiled, { seed });
    this.holdClock();
  }

  get view(): SessionView {
    return this.session.getView();
  }

  choose(choiceId: string): void {
    this.release();
    this.session.send({ type: 'CHOOSE', choiceId });
    this.holdClock();
  }

  /** Lets the current node's time limit run out (the caller checks it has one). */
  wait(): void {
    this.release();
    this.session.send({ type: 'TIME_UP' });
    this.holdClock();
  }

  stop(): void {
    this.session.stop();
  }

  private holdClock(): void {
    const view = this.session.getView();
    if (view.status === 'active' && view.timeLimitSeconds !== null) this.session.send({ type: 'PAUSE' });
  }

  private release(): void {
    if (this.session.getView().status === 'paused') this.session.send({ type: 'RESUME' });
  }
}
