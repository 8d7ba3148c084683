import { describe, expect, it } from 'vitest';
import type { PatientState } from '../format/scenario.types';
import { deriveExpression, displayedExpression } from './expression';

const base: PatientState = { anger: 30, trust: 50, injustice: 0, goalAgreement: 0, taskAgreement: 0 };

describe('deriveExpression', () => {
  it.each([
    [{ anger: 85 }, 'hostile'],
    [{ anger: 84 }, 'angry'],
    [{ anger: 65 }, 'angry'],
    [{ anger: 64 }, 'irritated'],
    [{ anger: 45 }, 'irritated'],
    [{ anger: 44, trust: 34 }, 'guarded'],
    [{ anger: 24, trust: 70 }, 'warm'],
    [{ anger: 25, trust: 70 }, 'calm'],
    [{ anger: 29, goalAgreement: 60, taskAgreement: 60 }, 'relieved'],
    [{ anger: 30, goalAgreement: 60, taskAgreement: 60 }, 'calm'],
    [{ anger: 10, trust: 80, goalAgreement: 90, taskAgreement: 90 }, 'warm'],
    [{ anger: 90, trust: 90 }, 'hostile'],
    [{}, 'calm'],
  ] as [Partial<PatientState>, string][])('%o → %s', (patch, expected) => {
    expect(deriveExpression({ ...base, ...patch })).toBe(expected);
  });
});

describe('displayedExpression', () => {
  it('follows the state, not an authored anger hint, so the face agrees with the anger meter', () => {
    expect(displayedExpression({ ...base, anger: 0 }, 'irritated')).toBe('calm');
    expect(displayedExpression({ ...base, anger: 70 }, 'calm')).toBe('angry');
  });
  it('shows an authored distress only while the patient is not angry', () => {
    expect(displayedExpression({ ...base, anger: 20 }, 'distressed')).toBe('distressed');
    expect(displayedExpression({ ...base, anger: 50 }, 'distressed')).toBe('irritated');
  });
  it('agrees with deriveExpression when there is no hint', () => {
    for (const anger of [0, 30, 45, 65, 85])
      expect(displayedExpression({ ...base, anger }, undefined)).toBe(deriveExpression({ ...base, anger }));
  });
});
