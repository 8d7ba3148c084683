import { describe, expect, it } from 'vitest';
import { briefWhy, evidenceFor, explainDecision, keyEvidence } from './explain';

describe('keyEvidence', () => {
  it('takes the first source of the lead code on each side, skipping design choices', () => {
    // DEF lists a design choice first; DIS (weight −3) leads over REAS (−2).
    expect(keyEvidence(['DEF'], ['INJ', 'SR'])).toEqual(['beta-domain-2-not-provocative', 'scott-2016-injustice-anger']);
    expect(keyEvidence(['REAS', 'DIS'], ['CR', 'VAL'])).toEqual(['linton-2012-validation', 'miti-4.2.1-codes']);
  });

  it('gives one source when both sides rest on the same one, and two of your own with no stronger option', () => {
    expect(keyEvidence(['DIS'], ['VAL'])).toEqual(['linton-2012-validation']);
    expect(keyEvidence(['CR'], [])).toEqual(['miti-4.2.1-codes', 'nurse-name']);
  });

  it('picks only from the full list the decision cites', () => {
    const full = evidenceFor(['ARG'], ['AUT']);
    for (const id of keyEvidence(['ARG'], ['AUT'])) expect(full).toContain(id);
    expect(keyEvidence([], [])).toEqual([]);
  });
});

describe('briefWhy', () => {
  const calm = { anger: 30, trust: 40, injustice: 20, goalAgreement: 10, taskAgreement: 10 };
  it('gives the author’s note and the codes by name, never their definitions', () => {
    const full = explainDecision(
      { codes: ['DIS'], feedback: null },
      { codes: ['VAL'], feedback: null, text: 'That sounds exhausting.' },
      calm,
      [],
    );
    const brief = briefWhy({ codes: ['DIS'], feedback: null }, ['VAL'], calm, []);
    expect(full).toMatch(/: it /);
    expect(brief).toBe('Your response was dismiss or invalidate (DIS). The stronger option was validate pain and emotion (VAL).');
    expect(briefWhy({ codes: ['DIS'], feedback: 'Sounds like the insurer.' }, null, calm, [])).toBe('Sounds like the insurer.');
  });

  it('keeps what the patient model made of the moment', () => {
    const angry = { ...calm, anger: 80, injustice: 70 };
    expect(briefWhy({ codes: ['ARG'], feedback: null }, [], angry, [])).toMatch(/feels treated unfairly \(70\/100\)/);
  });
});
