import { afterEach, describe, expect, it, vi } from 'vitest';
import { enterLine } from './enter-line';

function lineWithAnimate() {
  const element = document.createElement('li');
  const animate = vi.fn(
    () => ({ finished: Promise.resolve(), cancel() {}, onfinish: null, playState: 'finished' }) as unknown as Animation,
  );
  element.animate = animate;
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
    expect(animate).toHaveBeenCalledTimes(1);
    enterLine(element); // React calls the ref again on the next render.
    expect(animate).toHaveBeenCalledTimes(1);
    const [keyframes, options] = animate.mock.calls[0] as unknown as [PropertyIndexedKeyframes, KeyframeAnimationOptions];
    expect(keyframes).toEqual({ opacity: [0, 1], transform: ['translateY(8px)', 'translateY(0)'] });
    expect(options).toMatchObject({ duration: 200, easing: 'cubic-bezier(0, 0, 0.58, 1)' });
  });

  it('does nothing when Settings reduces motion', () => {
    document.documentElement.dataset.motion = 'reduce';
    const { element, animate } = lineWithAnimate();
    enterLine(element);
    expect(animate).not.toHaveBeenCalled();
  });
});
