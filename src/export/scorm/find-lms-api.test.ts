import { describe, expect, it } from 'vitest';
import { findLmsApi } from './find-lms-api';
import { decodeResume, encodeResume } from './resume-record';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

/** A fake frame chain: each window's parent is the next one; the top is its own parent. */
function chain(...levels: object[]): Window {
  let parent: Record<string, unknown> | null = null;
  for (const level of [...levels].reverse()) {
    const win: Record<string, unknown> = { ...level };
    win.parent = parent ?? win;
    parent = win;
  }
  return parent as unknown as Window;
}

describe('finding the LMS API', () => {
  it('finds window.API in a parent frame, and prefers SCORM 2004', () => {
    expect(findLmsApi(chain({}, {}, { API: api12 }))).toEqual({ version: '1.2', api: api12 });
    expect(findLmsApi(chain({}, { API: api12 }, { API_1484_11: api2004 }))).toEqual({ version: '2004', api: api2004 });
  });

  it('looks through the opener when launched in a new window', () => {
    const win = chain({ opener: chain({}, { API: api12 }) });
    expect(findLmsApi(win)?.version).toBe('1.2');
  });

  it('gives up beyond 7 parents, and when there is no LMS', () => {
    expect(findLmsApi(chain({}, {}, {}, {}, {}, {}, {}, {}, { API: api12 }))).toBeNull();
    expect(findLmsApi(chain({}, {}))).toBeNull();
  });

  it('treats a cross-origin frame (access throws) as "not here"', () => {
    const hostile = {};
    Object.defineProperty(hostile, 'API', {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    expect(findLmsApi(chain({}, hostile))).toBeNull();
  });
});

describe('resume record', () => {
  it('round-trips and rejects anything else', () => {
    const record = {
      scenarioId: 'insurer-suspicion',
      hash: '0123456789',
      registration: '3f2b8a4e-6a1d-4c5e-9b7f-0a1b2c3d4e5f',
      steps: [0, 2, 'timeout' as const, 11],
      elapsedSeconds: 130,
    };
    const text = encodeResume(record);
    expect(text).toBe('cg1|insurer-suspicion|0123456789|3f2b8a4e6a1d4c5e9b7f0a1b2c3d4e5f|02_b|130');
    expect(decodeResume(text)).toEqual(record);
    for (const bad of ['', 'garbage', 'cg2|a|b|c|d|1', 'cg1|x|h|notahex|01|5', 'cg1|x|h|3f2b8a4e6a1d4c5e9b7f0a1b2c3d4e5f|0!|5'])
      expect(decodeResume(bad)).toBeNull();
  });
});
