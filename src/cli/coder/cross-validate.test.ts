import { describe, expect, it } from 'vitest';
import { foldOf, type CorpusUtterance } from '../../engine/authoring';
import { crossValidate } from './cross-validate';

// Enough lines that every fold trains on each pattern at least three times (the trainer's floor).
const patterns: Array<[string, CorpusUtterance['behaviour'], CorpusUtterance['kind'], string[]]> = [
  ['what happened at work', 'question', 'open', ['EXP']],
  ["it sounds like you're fed up", 'reflection', 'complex', ['CR']],
  ['you should rest more', 'input', 'advice', ['PERS']],
  ['okay', 'other', null, []],
];
const corpus: CorpusUtterance[] = Array.from({ length: 80 }, (_, at) => {
  const [text, behaviour, kind, codes] = patterns[at % patterns.length]!;
  return { id: `cv-${String(at).padStart(4, '0')}`, text, behaviour, kind, codes, setting: 'pt' };
});

describe('five-fold cross-validation of the coder', () => {
  it('codes every utterance once, with a model trained on the other folds', () => {
    expect(new Set(corpus.map((utterance) => foldOf(utterance.id))).size).toBe(5);
    const evaluation = crossValidate(corpus);
    expect(evaluation.items).toBe(corpus.length);
    expect(evaluation.behaviourKappa).toBe(1);
    expect(evaluation.perCode.find((row) => row.category === 'CR')).toMatchObject({ kappa: 1, support: 20 });
  });

  it('scores a fold the other folds never saw: a pattern that lives in one fold only is not learnt', () => {
    const lonely = corpus.map((utterance) =>
      foldOf(utterance.id) === 0 && utterance.behaviour === 'other' ? { ...utterance, text: 'so what is your job then' } : utterance,
    );
    expect(crossValidate(lonely).perBehaviour.find((row) => row.category === 'other')?.kappa).toBeLessThan(1);
  });
});
