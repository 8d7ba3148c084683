import { describe, expect, it } from 'vitest';
import type { ScormConnection } from './scorm-connection';
import { ScormHost } from './scorm-reporter';

const host = (version: '1.2' | '2004', mastery: string) =>
  new ScormHost({ version, get: (key: string) => (key === 'masteryScore' ? mastery : '') } as unknown as ScormConnection);

describe('the LMS pass mark', () => {
  it('SCORM 2004: a scaled 0.7 is a pass mark of exactly 70, so a score of 70 passes', () => {
    expect(host('2004', '0.7').passMark()).toBe(70);
    expect(host('2004', '0.29').passMark()).toBe(29);
    expect(host('2004', '0.565').passMark()).toBe(56.5);
  });

  it('SCORM 1.2: the mastery score is already 0–100', () => {
    expect(host('1.2', '70').passMark()).toBe(70);
  });

  it('no pass mark when the LMS sets none', () => {
    expect(host('2004', '').passMark()).toBeNull();
  });
});
