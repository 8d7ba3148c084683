import { describe, expect, it } from 'vitest';
import type { Scenario, TranscriptEntry } from '../../engine/trainee';
import { metIncident } from './met-incident';

const state = { anger: 80, trust: 20, injustice: 50, goalAgreement: 10, taskAgreement: 10 };
const entry = (nodeId: string, codes: string[]): TranscriptEntry => ({
  turn: 0,
  nodeId,
  kind: 'choice',
  choiceId: 'a',
  codes,
  before: state,
  after: state,
  delta: {},
  at: 0,
});
const scenario = {
  nodes: [
    { id: 'calm', choices: [{ id: 'a', codes: ['CR'] }] },
    {
      id: 'threat',
      choices: [
        { id: 'a', codes: ['LIM'] },
        { id: 'b', codes: ['SAFE'] },
      ],
    },
  ],
  endings: [
    { id: 'stopped', outcome: 'disengaged', safetyLimit: true },
    { id: 'gone', outcome: 'disengaged' },
  ],
} as unknown as Scenario;

describe('metIncident', () => {
  it('is true when the trainee stepped out or got help', () => {
    expect(metIncident([entry('x', ['SAFE'])], null, null)).toBe(true);
  });
  it('is true when the trainee faced a moment where stepping out was on offer', () => {
    expect(metIncident([entry('calm', ['CR']), entry('threat', ['LIM'])], scenario, 'gone')).toBe(true);
  });
  it('is true when the conversation ended at a safety stop', () => {
    expect(metIncident([entry('calm', ['CR'])], scenario, 'stopped')).toBe(true);
  });
  it('is false for a conversation with no threat in it', () => {
    expect(metIncident([entry('calm', ['CR'])], scenario, 'gone')).toBe(false);
    expect(metIncident([entry('calm', ['CR'])], null, null)).toBe(false);
  });
});
