import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeProfile, fakeScore } from '../../storage/testing/fake-records';
import { attemptsToCsv } from './attempts-csv';
import { csvCell, csvDate, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['has, comma', '"has, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\ronly', '"cr\ronly"'],
    ['Zoë Ørsted 李', 'Zoë Ørsted 李'],
    ['', ''],
  ])('quotes %j per RFC 4180', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers as numbers and empties for missing values', () => {
    expect([csvCell(-5), csvCell(72.5), csvCell(null), csvCell(undefined), csvCell(Number.NaN)]).toEqual(['-5', '72.5', '', '', '']);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('\uFEFFa,1\r\nb,\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('formats dates in UTC as spreadsheets read them', () => {
    expect(csvDate(Date.UTC(2025, 2, 4, 9, 5, 0))).toBe('2025-03-04 09:05:00');
  });

  it('leaves a time that is no possible date empty instead of throwing', () => {
    for (const ms of [9e15, -9e15, Number.NaN]) expect(csvDate(ms)).toBe('');
  });
});

describe('attemptsToCsv', () => {
  it('writes the profile, scenario, dates, outcome, overall and five dimensions per attempt', () => {
    const profile = fakeProfile({ id: 'p1', displayName: '=cmd|calc', programId: 'PT-7' });
    const csv = attemptsToCsv(
      [profile],
      [
        fakeAttempt({ id: 'a2', profileId: 'p1', scenarioTitle: 'Late, "again"', finishedAt: Date.UTC(2025, 0, 2) }),
        fakeAttempt({ id: 'a1', profileId: 'p1', finishedAt: Date.UTC(2025, 0, 1) }),
      ],
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFTrainee,Program ID,Profile ID,Attempt ID,Scenario ID,Scenario,Started (UTC),Finished (UTC),Status,Outcome,Overall,Goals,Tasks,Bond,Trust,Communication,Own-words decisions,Overridden,Typed words,Readings',
    );
    expect(lines[1]).toContain(',a1,');
    expect(lines[2]).toBe(
      `'=cmd|calc,PT-7,p1,a2,work-injury-claim,"Late, ""again""",2023-11-14 22:13:20,2025-01-02 00:00:00,completed,alliance,70,70,65,60,55,50,0,0,,`,
    );
  });
});

describe('attemptsToCsv on odd stored values', () => {
  it('writes a row for any record storage accepts, however odd its values', () => {
    const odd = fakeAttempt({
      id: 'odd',
      profileId: 'gone',
      scenarioTitle: '=1+1"',
      startedAt: -9e15,
      finishedAt: 9e15,
      score: fakeScore(1e9),
    });
    const lines = attemptsToCsv([], [odd, fakeAttempt({ id: 'nan', finishedAt: Number.NaN })]).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.includes(',odd,'))).toBe(
      `,,gone,odd,work-injury-claim,"'=1+1""",,,completed,alliance,1000000000,1000000000,999999995,999999990,999999985,999999980,0,0,,`,
    );
  });
});
