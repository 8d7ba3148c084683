import { describe, expect, it } from 'vitest';
import type { PatientState } from '../format/scenario.types';
import { blendModel, blendOf, blendReward, normaliseDimension, overallFromBlend, turnRaw, zeroVector, type Bounds } from './turn-score';

const calm: PatientState = { anger: 30, trust: 50, injustice: 50, goalAgreement: 0, taskAgreement: 0 };
const bounds = (best: number, worst: number): Bounds => ({
  goals: { best, worst },
  tasks: { best, worst },
  bond: { best, worst },
  trust: { best, worst },
  communication: { best, worst },
});

describe('turnRaw', () => {
  const after = (patch: Partial<PatientState>): PatientState => ({ ...calm, ...patch });
  it('scores trust, bond, goals and tasks as the meters moved: trust up, anger down, agreements up', () => {
    expect(turnRaw([], calm, after({ anger: 20, trust: 56, goalAgreement: 4, taskAgreement: 7 }))).toEqual({
      ...zeroVector(),
      bond: 10,
      trust: 6,
      goals: 4,
      tasks: 7,
    });
    expect(turnRaw([], calm, after({ anger: 48, trust: 36 }))).toEqual({ ...zeroVector(), bond: -18, trust: -14 });
  });
  it('scores communication by the weights of the codes tagged with it', () => {
    expect(turnRaw(['CR', 'VAL'], calm, calm).communication).toBe(3);
    expect(turnRaw(['JARG', 'QQ'], calm, calm).communication).toBe(-2);
    expect(turnRaw(['VAL', 'GOAL'], calm, calm).communication).toBe(0);
  });
  it('halves a building code repeated from the previous turn; penalties never diminish', () => {
    expect(turnRaw(['CR'], calm, calm, ['CR']).communication).toBe(1.5);
    expect(turnRaw(['QQ'], calm, calm, ['QQ']).communication).toBe(-1);
  });
  it('LIM earns its weight only when anger >= 70, and costs a point otherwise', () => {
    expect(turnRaw(['LIM'], { ...calm, anger: 70 }, { ...calm, anger: 70 }).communication).toBe(2);
    expect(turnRaw(['LIM'], { ...calm, anger: 69 }, { ...calm, anger: 69 }).communication).toBe(-1);
  });
  it('counts a duplicated code once and ignores unknown codes', () => {
    expect(turnRaw(['SR', 'SR', 'ZZZ'], calm, calm).communication).toBe(2);
  });
});

describe('blend and overall', () => {
  it('normalises a dimension between worst and best, clamped', () => {
    expect(normaliseDimension(5, { best: 10, worst: 0 })).toBe(0.5);
    expect(normaliseDimension(15, { best: 10, worst: 0 })).toBe(1);
    expect(normaliseDimension(-1, { best: 10, worst: 0 })).toBe(0);
    expect(normaliseDimension(3, { best: 3, worst: 3 })).toBeNull();
  });
  it('weights the ending 40% and the mean dimension 60%', () => {
    const raw = { goals: 10, tasks: 10, bond: 10, trust: 10, communication: 10 };
    expect(blendOf(raw, bounds(10, 0), 'alliance')).toBeCloseTo(1);
    expect(blendOf(raw, bounds(10, 0), 'escalated')).toBeCloseTo(0.6);
    expect(blendOf(zeroVector(), bounds(10, 0), 'partial')).toBeCloseTo(0.24);
    expect(blendOf(zeroVector(), bounds(10, 0), null)).toBe(0);
  });
  it('uses the outcome alone when no dimension can vary', () => {
    expect(blendOf(zeroVector(), bounds(0, 0), 'partial')).toBeCloseTo(0.6);
    expect(blendModel(bounds(0, 0)).outcomeWeight).toBe(1);
  });
  it('the linear form agrees with the direct blend inside the bounds', () => {
    const b = bounds(20, -10);
    const raw = { goals: 3, tasks: -2, bond: 11, trust: 0, communication: 19 };
    const m = blendModel(b);
    expect(m.offset + blendReward(m, raw) + m.outcomeWeight * 0.6).toBeCloseTo(blendOf(raw, b, 'partial'));
  });
  it('rounds the same blend the same way, however it was summed (no .5 split by float error)', () => {
    expect(overallFromBlend(0.775 - 1e-16)).toBe(overallFromBlend(0.775 + 1e-16));
    expect(overallFromBlend(0.77499)).toBe(77);
  });

  it('the overall score is the blend itself, so it sits where its dimensions and ending put it', () => {
    expect(overallFromBlend(0.42)).toBe(42);
    expect(overallFromBlend(0.996)).toBe(100);
    expect(overallFromBlend(1.2)).toBe(100);
    expect(overallFromBlend(-0.1)).toBe(0);
    const raw = { goals: 5, tasks: 5, bond: 5, trust: 5, communication: 5 };
    expect(overallFromBlend(blendOf(raw, bounds(10, 0), 'partial'))).toBe(Math.round(100 * (0.4 * 0.6 + 0.6 * 0.5)));
  });
});
