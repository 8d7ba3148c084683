import { describe, expect, it } from 'vitest';
import { RUBRIC, type CodedResponse } from '../../engine/trainee';
import { codeName, codeNoun, describeReading } from './describe-reading';

const coded = (patch: Partial<CodedResponse>): CodedResponse => ({
  text: 'x',
  behaviour: 'other',
  behaviourConfidence: 0.9,
  question: null,
  reflection: null,
  input: null,
  codes: [],
  truncated: false,
  unreadable: false,
  ...patch,
});

describe('describeReading', () => {
  it('names the behaviour and each code found', () => {
    const reading = describeReading(
      coded({ behaviour: 'question', question: 'open', codes: [{ code: 'VAL', confidence: 0.9, words: ['sense'] }] }),
    );
    expect(reading).toBe('an open question and a validation');
  });

  it('joins three or more parts with commas', () => {
    const reading = describeReading(
      coded({
        behaviour: 'reflection',
        reflection: 'simple',
        codes: [
          { code: 'VAL', confidence: 0.9, words: [] },
          { code: 'AF', confidence: 0.8, words: [] },
        ],
      }),
    );
    expect(reading).toBe('a simple reflection, a validation and an affirmation');
  });

  it('does not repeat a code that says the same as the behaviour', () => {
    const reading = describeReading(
      coded({ behaviour: 'reflection', reflection: 'complex', codes: [{ code: 'CR', confidence: 1, words: [] }] }),
    );
    expect(reading).toBe('a complex reflection');
  });

  it('says "a statement" when nothing else was found', () => {
    expect(describeReading(coded({}))).toBe('a statement');
  });

  it('gives nothing for an unreadable response, so the caller asks again', () => {
    expect(describeReading(coded({ unreadable: true }))).toBeNull();
  });

  it('falls back to the code id for a code outside the rubric', () => {
    expect(describeReading(coded({ codes: [{ code: 'ZZZ', confidence: 1, words: [] }] }))).toBe('a statement and ZZZ');
  });

  it('has a short noun phrase for every rubric code, not the instruction-like name the rubric gives it', () => {
    const missing = RUBRIC.codes.map((code) => code.id).filter((id) => codeNoun(id) === codeName(id));
    expect(missing).toEqual([]);
  });

  it('reads a consent request in plain words', () => {
    const reading = describeReading(
      coded({ behaviour: 'question', question: 'closed', codes: [{ code: 'CONS', confidence: 0.9, words: ['have a look'] }] }),
    );
    expect(reading).toBe('a closed question and a request for consent to examine');
  });
});
