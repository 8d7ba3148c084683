import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from './suggest';

describe('closestMatch', () => {
  const fields = ['text', 'expression', 'audio', 'nonverbal'];
  it('finds typos, transpositions and case slips', () => {
    expect(closestMatch('txt', fields)).toBe('text');
    expect(closestMatch('expresion', fields)).toBe('expression');
    expect(closestMatch('nonverbl', fields)).toBe('nonverbal');
    expect(closestMatch('titel', ['title', 'summary'])).toBe('title');
    expect(closestMatch('Audio', fields)).toBe('audio');
    expect(closestMatch('VALL', ['VAL', 'CR'])).toBe('VAL');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestMatch('rapport', fields)).toBeUndefined();
    expect(closestMatch('', fields)).toBeUndefined();
    expect(didYouMean('zzz', fields)).toBe('');
  });

  it('never suggests the excluded candidate, however close', () => {
    expect(closestMatch('opening-3', ['opening-1', 'opening-2'], 'opening-1')).toBe('opening-2');
    expect(didYouMean('opening-3', ['opening-1'], 'opening-1')).toBe('');
  });

  it('words the hint', () => {
    expect(didYouMean('txt', fields)).toBe(' (did you mean "text"?)');
  });
});
