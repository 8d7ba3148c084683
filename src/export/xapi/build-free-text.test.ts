import validate from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import type { FreeTextTurn } from '../../storage/storage.types';
import { buildAnswered } from './build-statements';
import { buildAttemptStatements } from './attempt-statements';
import { statementsToCohort } from './cohort-attempts';
import { attemptRecord, xapiContext } from './testing/play-fixture';
import { EXT } from './xapi-iris';

const REG = '3f2b8a4e-6a1d-4c5e-9b7f-0a1b2c3d4e5f';
const record = attemptRecord(REG, 82);
const entry = record.transcript[0]!;
const answer: FreeTextTurn = {
  words: 'That sounds <b>really</b> unfair, what happened?',
  codes: [
    { code: 'INJ', confidence: 0.91 },
    { code: 'EXP', confidence: 0.7 },
  ],
  behaviour: 'question',
  kind: 'open',
  closestChoiceId: 'some-other-choice',
  overridden: true,
};

describe('the answered statement in free-text mode', () => {
  it('sends the words as the response, with the choice it went on through, the closest one and the override', () => {
    const statement = buildAnswered(xapiContext(REG), { ...entry, freeText: answer });
    expect(validate(statement)).toEqual([]);
    expect(statement.result?.response).toBe(answer.words);
    expect(statement.result?.extensions?.[EXT.chosenChoice]).toBe(entry.choiceId);
    expect(statement.result?.extensions?.[EXT.freeText]).toEqual({
      codes: answer.codes,
      behaviour: 'question',
      kind: 'open',
      closestChoiceId: 'some-other-choice',
      overridden: true,
      wordsKept: true,
    });
    expect(statement.result?.extensions?.[EXT.behaviourCodes]).toEqual(entry.codes);
  });

  it('sends the codes read instead of the words when the program does not keep them', () => {
    const { words: _dropped, ...withoutWords } = answer;
    const statement = buildAnswered(xapiContext(REG), { ...entry, freeText: withoutWords });
    expect(statement.result?.response).toBe('INJ[,]EXP');
    expect(JSON.stringify(statement)).not.toContain('unfair');
    expect((statement.result?.extensions?.[EXT.freeText] as { wordsKept: boolean }).wordsKept).toBe(false);
  });

  it('leaves a decision chosen from the options as it was', () => {
    const statement = buildAnswered(xapiContext(REG), entry);
    expect(statement.result?.response).toBe(entry.choiceId);
    expect(statement.result?.extensions?.[EXT.freeText]).toBeUndefined();
  });

  it('lets the dashboard read the choice a free-text decision went on through, not the words', () => {
    const typed = {
      ...record,
      transcript: record.transcript.map((e) => ({ ...e, freeText: { ...answer, closestChoiceId: e.choiceId ?? '' } })),
    };
    const { attempts } = statementsToCohort(buildAttemptStatements(xapiContext(REG), typed));
    expect(attempts[0]?.decisions.map((d) => d.choiceId)).toEqual(record.transcript.map((e) => e.choiceId));
  });
});
