import { afterEach, describe, expect, it, vi } from 'vitest';
import { enterLine } from './enter-line';

function lineWithAnimate() {
  const element = document.createElement('li');
  const animate = vi.fn(() => ({ finished: Promise.resolve(), cancel() {}, onfinish: null, playState: 'finished' }) as unknown as Animation);
  element.animate = animate as unknown as HTMLElement['animate'];
  return { element, animate };
}

afterEach(() => {
  delete document.documentElement.dataset.motion;
});

describe('enterLine', () => {
  it('slides a new line in once, over 200 ms, when motion is allowed', () => {
    document.documentElement.dataset.motion = 'no-preference';
    const { element, animate } = lineWithAnimate();
    enterLine(element);
    const calls = animate.mock.calls.length; // motion/mini starts one Web Animation per property.
    expect(calls).toBeGreaterThan(0);
    enterLine(element); // React calls the ref again on the next render.
    expect(animate).toHaveBeenCalledTimes(calls);
    for (const call of animate.mock.calls) expect((call as unknown as [unknown, KeyframeAnimationOptions])[1].duration).toBe(200);
  });

  it('does nothing when Settings reduces motion', () => {
    document.documentElement.dataset.motion = 'reduce';
    const { element, animate } = lineWithAnimate();
    enterLine(element);
    expect(animate).not.toHaveBeenCalled();
  });
});
