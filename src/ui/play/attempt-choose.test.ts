import { describe, expect, it } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { playStateOf, startAttempt } from './attempt-actor';

function controller() {
  const compiled = fakeSource().compiled[0]!;
  return startAttempt({ compiled, store: fakeStore(), profileId: 'p1', timeLimitFactor: null, saved: null });
}

describe('The attempt on CHOOSE', () => {
  it('answers the turn that was on screen, and ignores a repeat meant for a turn already answered', () => {
    const play = controller();
    play.send({ type: 'CHOOSE', choiceId: 'reflect', turn: 0 });
    expect(playStateOf(play.getSnapshot()).view.transcript.map((entry) => entry.choiceId)).toEqual(['reflect']);
    // A second click on the old buttons (turn 0) before the next turn rendered: not an answer to turn 1.
    play.send({ type: 'CHOOSE', choiceId: 'reflect', turn: 0 });
    play.send({ type: 'CHOOSE', choiceId: 'goal', turn: 0 });
    expect(playStateOf(play.getSnapshot()).view.transcript).toHaveLength(1);
    play.send({ type: 'CHOOSE', choiceId: 'goal', turn: 1 });
    expect(playStateOf(play.getSnapshot()).view.transcript.map((entry) => entry.choiceId)).toEqual(['reflect', 'goal']);
    play.send({ type: 'DISPOSE' });
  });

  it('still takes a choice without a turn', () => {
    const play = controller();
    play.send({ type: 'CHOOSE', choiceId: 'reflect' });
    expect(playStateOf(play.getSnapshot()).view.transcript).toHaveLength(1);
    play.send({ type: 'DISPOSE' });
  });
});
