import { describe, expect, it } from 'vitest';
import type { FreeTextTurn } from '../../storage/storage.types';
import { ownWordsMiti } from './own-words-miti';

const turn = (behaviour: string, kind?: string): FreeTextTurn => ({
  codes: [],
  behaviour,
  ...(kind ? { kind } : {}),
  closestChoiceId: 'a',
  overridden: false,
});

describe('ownWordsMiti', () => {
  it('counts reflections per question and the share of complex reflections from the words read', () => {
    const result = ownWordsMiti([
      turn('question', 'open'),
      turn('reflection', 'complex'),
      turn('reflection', 'simple'),
      turn('reflection', 'complex'),
      turn('input', 'advice'),
    ]);
    expect(result).toEqual({ reflectionToQuestion: 3, percentComplexReflections: 66.7, questions: 1, reflections: 3 });
  });

  it('says nothing rather than dividing by zero', () => {
    expect(ownWordsMiti([turn('other')])).toMatchObject({ reflectionToQuestion: null, percentComplexReflections: null });
  });
});
