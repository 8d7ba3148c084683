import { describe, expect, it } from 'vitest';
import type { PatientState } from '../format/scenario.types';
import { deriveExpression } from './expression';

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
