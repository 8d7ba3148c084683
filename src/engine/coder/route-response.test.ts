import { describe, expect, it } from 'vitest';
import type { CodedResponse } from './coder.types';
import { rankOptions, type RoutableOption } from './route-response';

const coded = (text: string, codes: Array<[string, number]>): CodedResponse => ({
  text,
  behaviour: 'reflection',
  behaviourConfidence: 0.9,
  question: null,
  reflection: 'complex',
  input: null,
  codes: codes.map(([code, confidence]) => ({ code, confidence, words: [] })),
  truncated: false,
  unreadable: false,
});

const options: RoutableOption[] = [
  { id: 'a', text: 'Your scan is normal, so it should not hurt this much.', codes: ['DIS'] },
  { id: 'b', text: 'It sounds like being doubted has been exhausting.', codes: ['CR', 'VAL'] },
  { id: 'c', text: 'What would you like to get back to?', codes: ['GOAL'] },
];

describe('rankOptions', () => {
  it('puts the option whose codes the response shows first', () => {
    const ranked = rankOptions(
      coded("you're worn out with people not believing you", [
        ['CR', 0.9],
        ['VAL', 0.6],
      ]),
      options,
    );
    expect(ranked[0]).toMatchObject({ id: 'b', sharedCodes: ['CR', 'VAL'] });
  });

  it('lets the wording decide between options coded alike', () => {
    const alike: RoutableOption[] = [
      { id: 'x', text: 'What matters most to you at work?', codes: ['GOAL'] },
      { id: 'y', text: 'What would you like to do with your grandchildren again?', codes: ['GOAL'] },
    ];
    const ranked = rankOptions(coded('what would you love to do with the grandchildren', [['GOAL', 0.8]]), alike);
    expect(ranked.map((m) => m.id)).toEqual(['y', 'x']);
  });

  it('scores every option between 0 and 1 and keeps authored order on ties', () => {
    const ranked = rankOptions(coded('hmm', []), [
      { id: 'p', text: 'one', codes: ['SR'] },
      { id: 'q', text: 'two', codes: ['SR'] },
    ]);
    expect(ranked.map((m) => m.id)).toEqual(['p', 'q']);
    expect(ranked.every((m) => m.score >= 0 && m.score <= 1)).toBe(true);
  });
});
