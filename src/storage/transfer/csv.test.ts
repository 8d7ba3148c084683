import { describe, expect, it } from 'vitest';
import { fakeAttempt, fakeProfile } from '../testing/fake-records';
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
    expect([csvCell(-5), csvCell(72.5), csvCell(null), csvCell(undefined), csvCell(Number.NaN)]).toEqual([
      '-5',
      '72.5',
      '',
      '',
      '',
    ]);
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    expect(toCsv([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('formats dates in UTC as spreadsheets read them', () => {
    expect(csvDate(Date.UTC(2025, 2, 4, 9, 5, 0))).toBe('2025-03-04 09:05:00');
  });
});

describe('attemptsToCsv', () => {
  it('writes the profile, scenario, dates, outcome, overall and five dimensions per attempt', () => {
    const profile = fakeProfile({ id: 'p1', displayName: '=cmd|calc', programId: 'PT-7' });
    const csv = attemptsToCsv([profile], [
      fakeAttempt({ id: 'a2', profileId: 'p1', scenarioTitle: 'Late, "again"', finishedAt: Date.UTC(2025, 0, 2) }),
      fakeAttempt({ id: 'a1', profileId: 'p1', finishedAt: Date.UTC(2025, 0, 1) }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFTrainee,Program ID,Profile ID,Attempt ID,Scenario ID,Scenario,Started (UTC),Finished (UTC),Status,Outcome,Overall,Goals,Tasks,Bond,Trust,Communication',
    );
    expect(lines[1]).toContain(",a1,");
    expect(lines[2]).toBe(
      `'=cmd|calc,PT-7,p1,a2,work-injury-claim,"Late, ""again""",2023-11-14 22:13:20,2025-01-02 00:00:00,completed,alliance,70,70,65,60,55,50`,
    );
  });
});
