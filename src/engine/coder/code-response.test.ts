import { describe, expect, it } from 'vitest';
import shipped from './coder-weights.json';
import { codeResponse } from './code-response';
import type { CorpusUtterance } from './coder.types';
import { unpackWeights, type PackedCoderWeights } from './packed-weights';
import { trainCoder } from './train-coder';

const weights = unpackWeights(shipped as unknown as PackedCoderWeights);

const tiny: CorpusUtterance[] = [
  ['what happened at work', 'question', 'open', ['EXP']],
  ['what is the hardest part', 'question', 'open', ['EXP']],
  ['is it worse at night', 'question', 'closed', []],
  ['is it sore now', 'question', 'closed', []],
  ["it sounds like you're fed up", 'reflection', 'complex', ['CR']],
  ["it sounds like you're worn out", 'reflection', 'complex', ['CR']],
  ['you should rest more', 'input', 'advice', ['PERS']],
  ['you should walk more', 'input', 'advice', ['PERS']],
  ['okay', 'other', null, []],
  ['mm-hmm okay', 'other', null, []],
]
  // Each line three times: the trainer ignores features seen in fewer than three utterances.
  .flatMap((row) => [row, row, row])
  .map(([text, behaviour, kind, codes], index) => ({ id: `t-${index}`, text, behaviour, kind, codes, setting: 'pt' }) as CorpusUtterance);

describe('codeResponse with a model trained on a tiny corpus', () => {
  const model = trainCoder(tiny);

  it('learns the behaviour and its sub-label', () => {
    expect(codeResponse('what is the hardest part of work', model)).toMatchObject({
      behaviour: 'question',
      question: 'open',
      reflection: null,
      input: null,
    });
    expect(codeResponse("it sounds like you're fed up with work", model)).toMatchObject({ behaviour: 'reflection', reflection: 'complex' });
    expect(codeResponse('you should rest', model)).toMatchObject({ behaviour: 'input', input: 'advice' });
  });

  it('names the words that led to a code', () => {
    const coded = codeResponse("it sounds like you're fed up", model);
    const cr = coded.codes.find((code) => code.code === 'CR');
    expect(cr?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(cr?.words.join(' ')).toMatch(/sounds|fed/);
  });

  it('gives the same weights for the same corpus (training is seeded)', () => {
    expect(trainCoder(tiny)).toEqual(model);
  });
});

describe('codeResponse on any text (shipped weights)', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n  '],
    ['emoji only', '😀😡🙏'],
    ['punctuation only', '?!…'],
  ])('%s is unreadable and coded other, so the player asks again', (_, text) => {
    expect(codeResponse(text, weights)).toMatchObject({ behaviour: 'other', unreadable: true, codes: [] });
  });

  it('codes 10,000 characters without a crash, and says it cut them', () => {
    const coded = codeResponse('so tell me more about that '.repeat(400), weights);
    expect(coded.truncated).toBe(true);
    expect(coded.text.length).toBe(2000);
  });

  it('treats HTML and script as words, never as markup', () => {
    const coded = codeResponse('<img src=x onerror=alert(1)> what happened', weights);
    expect(coded.unreadable).toBe(false);
    expect(coded.text).toContain('<img');
  });

  it('codes another language without a crash', () => {
    expect(['question', 'reflection', 'input', 'other']).toContain(codeResponse('¿Qué le pasó en el trabajo?', weights).behaviour);
    expect(codeResponse('你今天感觉怎么样', weights).unreadable).toBe(false);
  });

  it('reports confidences between 0 and 1, highest first', () => {
    const { codes } = codeResponse("it sounds like you've been let down and that's really unfair", weights);
    expect(codes.every((code) => code.confidence >= 0.5 && code.confidence <= 1)).toBe(true);
    expect(codes.map((code) => code.confidence)).toEqual([...codes.map((code) => code.confidence)].sort((a, b) => b - a));
  });
});
