import { describe, expect, it } from 'vitest';
import shipped from './coder-weights.json';
import { codeResponse } from './code-response';
import type { CodedResponse } from './coder.types';
import { unpackWeights, type PackedCoderWeights } from './packed-weights';
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

describe('rankOptions with the shipped weights: the assessment and safety codes route typed words', () => {
  const weights = unpackWeights(shipped as unknown as PackedCoderWeights);
  // Options written like the shipped scenarios' (demands-imaging, rupture-repair, verbal-abuse-limit), one per code.
  const assessment: RoutableOption[] = [
    { id: 'exp', text: 'What worries you most about the pain?', codes: ['EXP'] },
    { id: 'cons', text: 'Could I see how your back moves and test your legs? Stop me any time.', codes: ['CONS'] },
    { id: 'scrn', text: 'Safety questions I ask everyone: any numbness between your legs, or bladder or bowel change?', codes: ['SCRN'] },
    { id: 'meds', text: 'How much ibuprofen are you taking, and does it upset your stomach?', codes: ['MEDS'] },
    { id: 'refr', text: 'The tingling is new, so I will write to your surgeon this week.', codes: ['REFR'] },
    { id: 'mood', text: 'Pain wears anyone down. Lately, have you felt low, or lost interest in things?', codes: ['MOOD'] },
    { id: 'self', text: '[You pause and breathe out.] Give me a moment. I want to answer that properly.', codes: ['SELF'] },
    { id: 'safe', text: "I'm going to step out for a minute and come back with my team lead.", codes: ['SAFE'] },
  ];

  // Typed as a trainee might say it; none of these lines is in the corpus.
  it.each([
    ['cons', "would you be alright with me having a feel of your lower back, and just shout if it's sore"],
    ['scrn', 'ok before we get going can I just ask, any numbness down below or changes going to the toilet'],
    ['meds', 'are you on any painkillers at the moment, like how many a day'],
    ['refr', "I think the GP should look at that leg, I'll drop them a letter today"],
    ['mood', 'has all this been getting you down, like feeling low most days?'],
    ['self', "ok, give me a sec, I don't want to snap back at you"],
    ['safe', "I'm going to nip out and fetch a colleague, I'll be back in a minute"],
  ])('routes a %s response to the option with that code', (id, typed) => {
    const ranked = rankOptions(codeResponse(typed, weights), assessment);
    expect(ranked[0]).toMatchObject({ id, sharedCodes: [id.toUpperCase()] });
  });
});
