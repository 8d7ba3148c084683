import { describe, expect, it } from 'vitest';
import type { FreeTextTurn } from '../../storage/storage.types';
import { fakeAttempt, fakeEntry, fakeFreeTextTurn } from '../../storage/testing/fake-records';
import { attemptsToCsv } from './attempts-csv';
import { freeTextCells } from './free-text-cells';

const turn = (patch: Partial<FreeTextTurn> = {}): FreeTextTurn =>
  fakeFreeTextTurn({
    words: 'so you feel nobody believes you',
    codes: [{ code: 'CR', confidence: 0.91 }],
    behaviour: 'reflection',
    kind: 'complex',
    ...patch,
  });

// Decision 1 chosen from the list, decisions 2 and 3 typed; the trainee overrode the reading of decision 3.
const played = (second: FreeTextTurn, third: FreeTextTurn) =>
  fakeAttempt({
    transcript: [
      fakeEntry(0),
      { ...fakeEntry(1), freeText: second },
      { ...fakeEntry(2, { choiceId: 'b', codes: ['SCRN'] }), freeText: third },
    ],
  });

describe('freeTextCells', () => {
  it('gives the typed words and the reading of each decision answered in free text, one line each', () => {
    const attempt = played(
      turn(),
      turn({
        words: 'any numbness between your legs',
        codes: [{ code: 'SCRN', confidence: 0.97 }],
        behaviour: 'question',
        kind: 'closed',
        closestChoiceId: 'c',
        overridden: true,
      }),
    );
    expect(freeTextCells(attempt)).toEqual([
      2,
      1,
      'Decision 2: so you feel nobody believes you\nDecision 3: any numbness between your legs',
      'Decision 2: reflection (complex), CR, option a\nDecision 3: question (closed), SCRN, closest option c, overridden to b',
    ]);
  });

  it('leaves the typed words empty when the program did not keep them, and still gives the readings', () => {
    const { words: _dropped, ...withoutWords } = turn();
    const cells = freeTextCells(played(withoutWords, { ...withoutWords, codes: [], behaviour: 'other', kind: undefined }));
    expect(cells[2]).toBe('');
    expect(cells[3]).toBe('Decision 2: reflection (complex), CR, option a\nDecision 3: other, no code, option a');
  });

  it('gives zeros and empty cells for an attempt played from the list', () => {
    expect(freeTextCells(fakeAttempt())).toEqual([0, 0, '', '']);
  });
});

describe('attemptsToCsv with typed words', () => {
  it('quotes words with commas, quotes and new lines, and keeps a formula as text', () => {
    const attempt = played(turn({ words: '=HYPERLINK("x")' }), turn({ words: 'first, "then"\nsecond' }));
    const csv = attemptsToCsv([], [attempt]);
    expect(csv).toContain(',2,0,"Decision 2: =HYPERLINK(""x"")\nDecision 3: first, ""then""\nsecond",');
  });
});
