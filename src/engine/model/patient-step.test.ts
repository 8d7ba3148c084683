import { describe, expect, it } from 'vitest';
import type { PatientState, StateEffects } from '../format/scenario.types';
import fc from 'fast-check';
import { applyTurn, codeStrength, resistance, roundHalfAway, trustCeiling } from './patient-step';
import { GATED_CODES } from './parameters';
import { RUBRIC } from './rubric';

const NEUTRAL: PatientState = { anger: 50, trust: 50, injustice: 0, goalAgreement: 50, taskAgreement: 50 };
/** Where nothing slows repair: full anger to relieve, no trust or agreement yet, no injustice. */
const OPEN: PatientState = { anger: 100, trust: 0, injustice: 0, goalAgreement: 0, taskAgreement: 0 };
/** Mid-range, so damage is not clamped. */
const MID: PatientState = { anger: 40, trust: 50, injustice: 0, goalAgreement: 50, taskAgreement: 50 };
const isDamage = (variable: string, points: number) => (variable === 'anger' ? points > 0 : points < 0);

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
  CONS: { taskAgreement: 6, trust: 4, anger: -2 },
  SCRN: { trust: 4, taskAgreement: 3 },
  MEDS: { trust: 4, taskAgreement: 2 },
  REFR: { trust: 4, taskAgreement: 4 },
  MOOD: { trust: 4, anger: -3 },
  SELF: { anger: -4, trust: 2 },
  SAFE: { anger: -3 },
};

describe('the push of every code', () => {
  it('covers all 29 rubric codes', () => {
    expect(RUBRIC.codes.map((c) => c.id).sort()).toEqual(Object.keys(CONTRACT_DEFAULTS).sort());
  });
  for (const [id, expected] of Object.entries(CONTRACT_DEFAULTS)) {
    it(`${id} lands its rubric push in full where nothing slows it`, () => {
      // Goal, task and assessment codes are gated while anger is high, so their repair (other than anger relief) is read at anger 0.
      const gated = GATED_CODES.includes(id);
      const repair = Object.fromEntries(Object.entries(expected).filter(([v, p]) => !isDamage(v, p) && !(gated && v === 'anger')));
      const damage = Object.fromEntries(Object.entries(expected).filter(([v, p]) => isDamage(v, p)));
      const repairState = gated ? { ...OPEN, anger: 0 } : OPEN;
      if (Object.keys(repair).length) expect(applyTurn(repairState, [id]).delta).toMatchObject(repair);
      if (Object.keys(damage).length) expect(applyTurn(MID, [id]).delta).toMatchObject(damage);
    });
  }
});

describe('damage lands in full; repair is slowed', () => {
  it('anger rises and trust falls by the whole push', () => {
    expect(applyTurn(NEUTRAL, ['ARG']).delta).toEqual({ anger: 18, trust: -14 });
    expect(applyTurn({ ...NEUTRAL, injustice: 90 }, ['DIS']).delta).toEqual({ anger: 12, trust: -10 });
  });
  it('anger relief shrinks with the anger left, and trust gains with the share of the ceiling still to climb', () => {
    expect(applyTurn({ ...OPEN, anger: 50 }, ['CR']).delta.anger).toBe(-6);
    expect(applyTurn({ ...OPEN, anger: 25 }, ['CR']).delta.anger).toBe(-3);
    expect(applyTurn({ ...OPEN, trust: 50 }, ['VAL']).delta.trust).toBe(4);
    expect(applyTurn({ ...OPEN, trust: 90 }, ['VAL']).delta.trust).toBe(1);
  });
  it('perceived injustice resists: slower gains, slower relief, a lower ceiling', () => {
    expect(resistance(0)).toBe(1);
    expect(resistance(80)).toBeCloseTo(0.68);
    expect(trustCeiling(80)).toBe(76);
    expect(applyTurn({ ...OPEN, injustice: 80 }, ['VAL']).delta).toEqual({ anger: -8, trust: 5 }); // -8.16, 5.44
    expect(applyTurn({ ...OPEN, injustice: 80, trust: 76 }, ['VAL']).delta.trust).toBeUndefined();
  });
  it('trust never climbs past the ceiling, whatever the run of good turns', () => {
    let s: PatientState = { anger: 70, trust: 20, injustice: 80, goalAgreement: 10, taskAgreement: 10 };
    for (let i = 0; i < 40; i++) s = applyTurn(s, i % 2 ? ['CR', 'VAL'] : ['INJ', 'SUP'], { previousCodes: [] }).state;
    expect(s.trust).toBeLessThanOrEqual(trustCeiling(80));
  });
  it('no pinning: twelve of the strongest turns leave anger above 0 and trust below 100', () => {
    let s: PatientState = { anger: 60, trust: 30, injustice: 20, goalAgreement: 10, taskAgreement: 10 };
    const trail: PatientState[] = [];
    for (let i = 0; i < 12; i++) {
      s = applyTurn(s, i % 2 ? ['CR', 'VAL'] : ['INJ', 'SUP'], { previousCodes: i % 2 ? ['INJ', 'SUP'] : ['CR', 'VAL'] }).state;
      trail.push(s);
    }
    expect(s.anger).toBeGreaterThan(0);
    expect(s.trust).toBeLessThan(100);
    // Still moving in the last third.
    expect(trail[11]!.trust).toBeGreaterThan(trail[7]!.trust);
    expect(trail[11]!.anger).toBeLessThan(trail[7]!.anger);
  });
});

const state = fc.record({
  anger: fc.integer({ min: 0, max: 100 }),
  trust: fc.integer({ min: 0, max: 100 }),
  injustice: fc.integer({ min: 0, max: 100 }),
  goalAgreement: fc.integer({ min: 0, max: 100 }),
  taskAgreement: fc.integer({ min: 0, max: 100 }),
});
const codes = fc.subarray(Object.keys(CONTRACT_DEFAULTS), { maxLength: 3 });

describe('properties of the model', () => {
  it('perceived injustice never speeds recovery', () => {
    fc.assert(
      fc.property(state, codes, fc.integer({ min: 1, max: 100 }), (s, c, more) => {
        const low = applyTurn(s, c).delta;
        const high = applyTurn({ ...s, injustice: Math.min(100, s.injustice + more) }, c).delta;
        expect(high.trust ?? 0).toBeLessThanOrEqual(Math.max(0, low.trust ?? 0));
        expect(high.anger ?? 0).toBeGreaterThanOrEqual(Math.min(0, low.anger ?? 0));
      }),
    );
  });
  it('trust is lost faster than it is regained: a push p gains no more than a push −p loses', () => {
    fc.assert(
      fc.property(state, fc.integer({ min: 1, max: 40 }), (s, p) => {
        const t = Math.max(p, Math.min(100 - p, s.trust));
        const at = { ...s, trust: t };
        const gain = applyTurn(at, [], { effects: { trust: p } }).delta.trust ?? 0;
        const loss = -(applyTurn(at, [], { effects: { trust: -p } }).delta.trust ?? 0);
        expect(gain).toBeLessThanOrEqual(loss);
      }),
    );
  });
  it('keeps every variable an integer in 0..100', () => {
    fc.assert(
      fc.property(state, codes, (s, c) => {
        for (const v of Object.values(applyTurn(s, c).state)) {
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});

describe('rules', () => {
  it('gating: goal/task codes act at half strength while anger >= 60', () => {
    const angry = { ...OPEN, anger: 60 };
    expect(applyTurn(angry, ['GOAL']).delta).toEqual({ goalAgreement: 8, trust: 2 }); // 7.5→8, 1.5→2
    expect(applyTurn(angry, ['SEEK']).delta).toEqual({ taskAgreement: 6, goalAgreement: 3 });
    expect(applyTurn({ ...OPEN, anger: 59 }, ['GOAL']).delta).toEqual({ goalAgreement: 15, trust: 3 });
  });
  it('repetition: a code used in the previous turn counts half', () => {
    expect(applyTurn(OPEN, ['CR'], { previousCodes: ['CR'] }).delta).toEqual({ anger: -6, trust: 3 });
    expect(applyTurn(OPEN, ['CR'], { previousCodes: ['SR'] }).delta).toEqual({ anger: -12, trust: 6 });
  });
  it('gating and repetition multiply', () => {
    expect(codeStrength('SEEK', 70, ['SEEK'])).toBe(0.25);
  });
  it('LIM calms only when anger >= 70', () => {
    expect(applyTurn({ ...NEUTRAL, anger: 100 }, ['LIM']).delta).toEqual({ anger: -10, trust: 1 });
    expect(applyTurn({ ...NEUTRAL, anger: 69 }, ['LIM']).delta).toEqual({ anger: 5, trust: -3 });
  });
  it('codes sum per variable before settling and rounding', () => {
    expect(applyTurn(OPEN, ['CR', 'VAL']).delta).toEqual({ anger: -24, trust: 14 });
  });
  it('a duplicated code in one turn counts once; unknown codes are ignored', () => {
    expect(applyTurn(OPEN, ['CR', 'CR', 'NOPE']).delta).toEqual({ anger: -12, trust: 6 });
  });
  it("a choice's effects replace the summed push per variable, and the model still settles them", () => {
    expect(applyTurn(MID, ['CR'], { effects: { anger: 20 } }).delta).toMatchObject({ anger: 20 });
    expect(applyTurn({ ...OPEN, anger: 50 }, ['CR'], { effects: { anger: -20 } }).delta.anger).toBe(-10);
    expect(applyTurn(OPEN, ['CR'], { effects: { anger: 0 } }).delta).toEqual({ trust: 6 });
  });
  it('clamps to 0..100 and reports the change actually applied', () => {
    const r = applyTurn({ ...NEUTRAL, anger: 95, trust: 4 }, ['ARG']);
    expect(r.state).toMatchObject({ anger: 100, trust: 0 });
    expect(r.delta).toEqual({ anger: 5, trust: -4 });
  });
  it('rounds half away from zero, so rises and falls are symmetric', () => {
    expect([roundHalfAway(2.5), roundHalfAway(-2.5), roundHalfAway(1.4), roundHalfAway(-1.6)]).toEqual([3, -3, 1, -2]);
  });
  it('does not mutate the input', () => {
    const before = { ...NEUTRAL, injustice: 33 };
    const copy = { ...before };
    applyTurn(before, ['VAL', 'SEEK', 'SUM'], { previousCodes: ['SUM'] });
    expect(before).toEqual(copy);
  });
  it('an empty turn (silence without codes) changes nothing', () => {
    expect(applyTurn(NEUTRAL, [])).toEqual({ state: NEUTRAL, delta: {} });
  });
});

describe('assessment codes: right act, wrong time', () => {
  const ASSESSMENT = ['CONS', 'SCRN', 'MEDS', 'REFR', 'MOOD'];
  const ANGRY: PatientState = { anger: 80, trust: 30, injustice: 40, goalAgreement: 30, taskAgreement: 30 };
  const CALM: PatientState = { ...ANGRY, anger: 30 };
  for (const id of ASSESSMENT) {
    it(`${id} done while anger is high counts less, but never harms`, () => {
      const angry = applyTurn(ANGRY, [id]).delta;
      const calm = applyTurn(CALM, [id]).delta;
      expect(angry.anger ?? 0).toBeLessThanOrEqual(0);
      for (const v of ['trust', 'goalAgreement', 'taskAgreement'] as const) expect(angry[v] ?? 0).toBeGreaterThanOrEqual(0);
      expect(codeStrength(id, 80, [])).toBe(0.5);
      expect((angry.trust ?? 0) + (angry.taskAgreement ?? 0)).toBeLessThan((calm.trust ?? 0) + (calm.taskAgreement ?? 0));
    });
  }
});
