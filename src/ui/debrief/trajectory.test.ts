import { describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../engine/trainee';
import { describeDelta, describeTrajectory, trajectoryPoints } from './trajectory';

const state = (anger: number, trust: number) => ({ anger, trust, injustice: 50, goalAgreement: 10, taskAgreement: 10 });
const entry = (turn: number, before: [number, number], after: [number, number]): TranscriptEntry => ({
  turn,
  nodeId: `n${turn}`,
  kind: 'choice',
  choiceId: 'a',
  codes: ['CR'],
  before: state(...before),
  after: state(...after),
  delta: {},
  at: 0,
});

describe('trajectory', () => {
  it('starts from the state before the first decision and adds one point per decision', () => {
    const points = trajectoryPoints([entry(0, [60, 30], [48, 36]), entry(1, [48, 36], [48, 40])]);
    expect(points).toEqual([
      { x: 0, anger: 60, trust: 30 },
      { x: 1, anger: 48, trust: 36 },
      { x: 2, anger: 48, trust: 40 },
    ]);
    expect(describeTrajectory(points)).toBe('Over 2 decisions, anger went from 60 to 48 and trust went from 30 to 40 (out of 100).');
  });

  it('writes a turn’s effect with signs and plain names', () => {
    expect(describeDelta({ anger: -12, trust: 6, goalAgreement: 0 })).toBe('anger \u221212, trust +6');
    expect(describeDelta({})).toBe('no change');
  });
});
