import { describe, expect, it } from 'vitest';
import { fakeStore } from '../test-util/fake-store';
import { fakeSource } from '../test-util/fixtures';
import { PlayController } from './play-controller';

function controller() {
  const compiled = fakeSource().compiled[0]!;
  return new PlayController({ compiled, store: fakeStore(), profileId: 'p1', timeLimitFactor: null, saved: null });
}

describe('PlayController.choose', () => {
  it('answers the turn that was on screen, and ignores a repeat meant for a turn already answered', () => {
    const play = controller();
    play.choose('reflect', 0);
    expect(play.getState().view.transcript.map((entry) => entry.choiceId)).toEqual(['reflect']);
    // A second click on the old buttons (turn 0) before the next turn rendered: not an answer to turn 1.
    play.choose('reflect', 0);
    play.choose('goal', 0);
    expect(play.getState().view.transcript).toHaveLength(1);
    play.choose('goal', 1);
    expect(play.getState().view.transcript.map((entry) => entry.choiceId)).toEqual(['reflect', 'goal']);
    play.dispose();
  });

  it('still takes a choice without a turn', () => {
    const play = controller();
    play.choose('reflect');
    expect(play.getState().view.transcript).toHaveLength(1);
    play.dispose();
  });
});
