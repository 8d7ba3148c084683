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
  it('adds each code weight to every dimension it is tagged with', () => {
    expect(turnRaw(['CR', 'VAL'], calm)).toEqual({ ...zeroVector(), bond: 6, communication: 3, trust: 3 });
    expect(turnRaw(['ARG'], calm)).toEqual({ ...zeroVector(), bond: -4, trust: -4 });
  });
  it('halves a building code repeated from the previous turn; penalties never diminish', () => {
    expect(turnRaw(['CR'], calm, ['CR'])).toEqual({ ...zeroVector(), bond: 1.5, communication: 1.5 });
    expect(turnRaw(['DIS'], calm, ['DIS'])).toEqual({ ...zeroVector(), bond: -3, trust: -3 });
  });
  it('does not gate scores by anger (gating acts on the patient, not the points)', () => {
    expect(turnRaw(['GOAL'], { ...calm, anger: 90 })).toEqual({ ...zeroVector(), goals: 4 });
  });
  it('LIM earns its weight only when anger >= 70, and costs a point otherwise', () => {
    expect(turnRaw(['LIM'], { ...calm, anger: 70 })).toEqual({ ...zeroVector(), trust: 2, communication: 2 });
    expect(turnRaw(['LIM'], { ...calm, anger: 69 })).toEqual({ ...zeroVector(), trust: -1, communication: -1 });
  });
  it('counts a duplicated code once and ignores unknown codes', () => {
    expect(turnRaw(['SR', 'SR', 'ZZZ'], calm)).toEqual({ ...zeroVector(), bond: 2, communication: 2 });
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
  it('scales the overall score so the best blend is 100 and the worst 0', () => {
    expect(overallFromBlend(0.9, { best: 0.9, worst: 0.1 })).toBe(100);
    expect(overallFromBlend(0.1, { best: 0.9, worst: 0.1 })).toBe(0);
    expect(overallFromBlend(0.5, { best: 0.9, worst: 0.1 })).toBe(50);
    expect(overallFromBlend(1.2, { best: 0.9, worst: 0.1 })).toBe(100);
    expect(overallFromBlend(0.42, undefined)).toBe(42);
  });
});
