// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../engine/trainee';
import { smallScenario } from '../../engine/testing';
import { TurnBasedSession } from './turn-based-session';

const compiled = compileScenario(smallScenario());

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('TurnBasedSession', () => {
  it('never lets a time limit run out on the clock, only on wait()', () => {
    const session = new TurnBasedSession(compiled, 1);
    vi.advanceTimersByTime(3_600_000);
    expect(session.view).toMatchObject({ nodeId: 'open', transcript: [], timeLimitSeconds: 10 });
    session.wait();
    expect(session.view.transcript.map((e) => e.kind)).toEqual(['timeout']);
    expect(session.view.nodeId).toBe('plan');
    session.stop();
  });

  it('answers a timed node, and holds the clock again on the next timed node', () => {
    const session = new TurnBasedSession(compiled, 9);
    session.choose('reflect');
    vi.advanceTimersByTime(60_000);
    expect(session.view.transcript.map((e) => e.choiceId)).toEqual(['reflect']);
    expect(session.view.status).toBe('active');
    session.choose('back');
    vi.advanceTimersByTime(60_000);
    expect(session.view).toMatchObject({ nodeId: 'open', status: 'paused' });
    expect(session.view.transcript).toHaveLength(2);
    session.stop();
  });
});
