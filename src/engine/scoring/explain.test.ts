import { describe, expect, it } from 'vitest';
import { evidenceFor, keyEvidence } from './explain';

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
