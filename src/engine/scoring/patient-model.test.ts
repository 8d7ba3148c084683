import { describe, expect, it } from 'vitest';
import type { PatientState, StateEffects } from '../format/scenario.types';
import { applyTurn, codeStrength, roundHalfAway } from './patient-model';
import { RUBRIC } from './rubric';

const NEUTRAL: PatientState = { anger: 50, trust: 50, injustice: 0, goalAgreement: 50, taskAgreement: 50 };

/** The contract's table of default effects (a=anger t=trust g=goalAgreement k=taskAgreement). */
const CONTRACT_DEFAULTS: Record<string, StateEffects> = {
  CR: { anger: -12, trust: 6 },
  SR: { anger: -5, trust: 3 },
  EXP: { anger: -3, trust: 3 },
  VAL: { anger: -12, trust: 8 },
  INJ: { anger: -12, trust: 8 },
  AF: { anger: -4, trust: 5 },
  SUP: { anger: -4, trust: 7 },
  GOAL: { goalAgreement: 15, trust: 3 },
  BARR: { taskAgreement: 8, goalAgreement: 5, trust: 4 },
  SEEK: { taskAgreement: 12, goalAgreement: 5 },
  AUT: { taskAgreement: 8, trust: 5, anger: -3 },
  PWP: { taskAgreement: 10, trust: 2 },
  SUM: { trust: 4, goalAgreement: 4, anger: -3 },
  LIM: { anger: 5, trust: -3 },
  DIS: { anger: 12, trust: -10 },
  REAS: { anger: 8, trust: -6 },
  UND: { anger: 6, trust: -5 },
  ARG: { anger: 18, trust: -14 },
  PERS: { anger: 6, trust: -4, taskAgreement: -5 },
  DEF: { anger: 10, trust: -10 },
  JARG: { anger: 3, trust: -3 },
  QQ: { anger: 4, trust: -3 },
};

describe('default effect of every code', () => {
  it('covers all 22 rubric codes', () => {
    expect(RUBRIC.codes.map((c) => c.id).sort()).toEqual(Object.keys(CONTRACT_DEFAULTS).sort());
  });
  for (const [id, expected] of Object.entries(CONTRACT_DEFAULTS)) {
    it(`${id} moves a calm, fair-minded patient by its default effect`, () => {
      expect(applyTurn(NEUTRAL, [id]).delta).toEqual(expected);
    });
  }
});

describe('rules', () => {
  it('gating: goal/task codes act at half strength while anger >= 60', () => {
    const angry = { ...NEUTRAL, anger: 60 };
    expect(applyTurn(angry, ['GOAL']).delta).toEqual({ goalAgreement: 8, trust: 2 }); // 7.5→8, 1.5→2
    expect(applyTurn(angry, ['SEEK']).delta).toEqual({ taskAgreement: 6, goalAgreement: 3 });
    expect(applyTurn(angry, ['AUT']).delta).toEqual({ taskAgreement: 4, trust: 3, anger: -2 });
    expect(applyTurn(angry, ['PWP']).delta).toEqual({ taskAgreement: 5, trust: 1 });
    expect(applyTurn(angry, ['BARR']).delta).toEqual({ taskAgreement: 4, goalAgreement: 3, trust: 2 });
    expect(applyTurn({ ...NEUTRAL, anger: 59 }, ['GOAL']).delta).toEqual({ goalAgreement: 15, trust: 3 });
  });
  it('gating leaves other codes alone', () => {
    expect(applyTurn({ ...NEUTRAL, anger: 80 }, ['CR']).delta).toEqual({ anger: -12, trust: 6 });
  });
  it('repetition: a code used in the previous turn counts half', () => {
    expect(applyTurn(NEUTRAL, ['CR'], { previousCodes: ['CR'] }).delta).toEqual({ anger: -6, trust: 3 });
    expect(applyTurn(NEUTRAL, ['CR'], { previousCodes: ['SR'] }).delta).toEqual({ anger: -12, trust: 6 });
  });
  it('gating and repetition multiply', () => {
    expect(codeStrength('SEEK', { ...NEUTRAL, anger: 70 }, ['SEEK'])).toBe(0.25);
    expect(applyTurn({ ...NEUTRAL, anger: 70 }, ['SEEK'], { previousCodes: ['SEEK'] }).delta).toEqual({
      taskAgreement: 3,
      goalAgreement: 1,
    });
  });
  it('injustice amplifies VAL/INJ benefits by (1 + injustice/100)', () => {
    const unjust = { ...NEUTRAL, injustice: 80 };
    expect(applyTurn(unjust, ['VAL']).delta).toEqual({ anger: -22, trust: 14 }); // -21.6, 14.4
    expect(applyTurn(unjust, ['INJ']).delta).toEqual({ anger: -22, trust: 14 });
  });
  it('injustice amplifies DIS/REAS/DEF harms', () => {
    const unjust = { ...NEUTRAL, injustice: 50 };
    expect(applyTurn(unjust, ['DIS']).delta).toEqual({ anger: 18, trust: -15 });
    expect(applyTurn(unjust, ['REAS']).delta).toEqual({ anger: 12, trust: -9 });
    expect(applyTurn(unjust, ['DEF']).delta).toEqual({ anger: 15, trust: -15 });
  });
  it('injustice does not touch other codes', () => {
    expect(applyTurn({ ...NEUTRAL, injustice: 100 }, ['ARG']).delta).toEqual({ anger: 18, trust: -14 });
    expect(applyTurn({ ...NEUTRAL, injustice: 100 }, ['CR']).delta).toEqual({ anger: -12, trust: 6 });
  });
  it('LIM helps only when anger >= 70', () => {
    expect(applyTurn({ ...NEUTRAL, anger: 70 }, ['LIM']).delta).toEqual({ anger: -10, trust: 2 });
    expect(applyTurn({ ...NEUTRAL, anger: 69 }, ['LIM']).delta).toEqual({ anger: 5, trust: -3 });
  });
  it('codes sum per variable before rounding', () => {
    expect(applyTurn(NEUTRAL, ['CR', 'VAL']).delta).toEqual({ anger: -24, trust: 14 });
    // 0.5 + 0.5 rounds once: GOAL×0.25 trust 0.75 + PWP×0.25 trust 0.5 = 1.25 → 1
    const s = { ...NEUTRAL, anger: 90 };
    expect(applyTurn(s, ['GOAL', 'PWP'], { previousCodes: ['GOAL', 'PWP'] }).delta.trust).toBe(1);
  });
  it('a duplicated code in one turn counts once; unknown codes are ignored', () => {
    expect(applyTurn(NEUTRAL, ['CR', 'CR', 'NOPE']).delta).toEqual({ anger: -12, trust: 6 });
  });
  it('effects override the summed default per variable, literally', () => {
    const r = applyTurn({ ...NEUTRAL, anger: 80 }, ['CR', 'GOAL'], { effects: { anger: -20 }, previousCodes: ['CR'] });
    expect(r.delta).toEqual({ anger: -20, trust: 5, goalAgreement: 8 }); // trust 3 + 1.5 = 4.5 → 5
    expect(applyTurn(NEUTRAL, ['CR'], { effects: { anger: 0 } }).delta).toEqual({ trust: 6 });
  });
  it('clamps to 0..100 and reports the change actually applied', () => {
    const r = applyTurn({ ...NEUTRAL, anger: 95, trust: 4 }, ['ARG']);
    expect(r.state).toMatchObject({ anger: 100, trust: 0 });
    expect(r.delta).toEqual({ anger: 5, trust: -4 });
    expect(applyTurn({ ...NEUTRAL, anger: 5 }, ['CR']).state.anger).toBe(0);
  });
  it('rounds half away from zero, so rises and falls are symmetric', () => {
    expect([roundHalfAway(2.5), roundHalfAway(-2.5), roundHalfAway(1.4), roundHalfAway(-1.6)]).toEqual([3, -3, 1, -2]);
  });
  it('keeps state integer and does not mutate the input', () => {
    const before = { ...NEUTRAL, injustice: 33 };
    const copy = { ...before };
    const r = applyTurn(before, ['VAL', 'SEEK', 'SUM'], { previousCodes: ['SUM'] });
    expect(before).toEqual(copy);
    for (const v of Object.values(r.state)) expect(Number.isInteger(v)).toBe(true);
  });
  it('an empty turn (silence without codes) changes nothing', () => {
    expect(applyTurn(NEUTRAL, [])).toEqual({ state: NEUTRAL, delta: {} });
  });
});
