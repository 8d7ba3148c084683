import { describe, expect, it } from 'vitest';
import { parseCorpus } from './parse-corpus';

const codes = new Set(['CR', 'EXP']);
const line = (fields: Record<string, unknown>) =>
  JSON.stringify({ id: 't-1', text: 'what happened', behaviour: 'question', kind: 'open', codes: ['EXP'], setting: 'pt', ...fields });

describe('parseCorpus', () => {
  it('reads well-formed lines and skips blank ones', () => {
    const { utterances, problems } = parseCorpus('t.jsonl', `${line({})}\n\n${line({ id: 't-2' })}\n`, codes);
    expect(problems).toEqual([]);
    expect(utterances.map((u) => u.id)).toEqual(['t-1', 't-2']);
  });

  it.each([
    [{ behaviour: 'statement' }, /behaviour must be one of/],
    [{ kind: 'simple' }, /kind for question must be one of open, closed/],
    [{ behaviour: 'other', kind: 'open' }, /kind must be null for other/],
    [{ codes: ['NOPE'] }, /codes must be rubric codes/],
    [{ id: 'Bad Id' }, /id must be/],
    [{ setting: '' }, /setting must name/],
  ])('reports %o as a problem with its line number', (fields, message) => {
    const { utterances, problems } = parseCorpus('t.jsonl', `${line({ id: 't-0' })}\n${line(fields)}`, codes);
    expect(utterances).toHaveLength(1);
    expect(problems).toEqual([{ file: 't.jsonl', line: 2, message: expect.stringMatching(message) }]);
  });

  it('reports a line that is not JSON', () => {
    expect(parseCorpus('t.jsonl', '{oops', codes).problems[0]?.message).toBe('not valid JSON');
  });
});
