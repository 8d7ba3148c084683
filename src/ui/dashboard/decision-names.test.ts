import { describe, expect, it } from 'vitest';
import { decisionName, responseName, shorten, type ScenarioTexts } from './decision-names';

const texts: ScenarioTexts = {
  decisions: new Map([
    [
      'opening-1',
      { phase: 'Opening', line: "So. You are the new one. You have read my file, I suppose. The insurance doctor's report is in there." },
    ],
    ['goals-1', { phase: 'Goals', line: 'What now?' }],
  ]),
  choices: new Map([['opening-1/b', 'Fit for full duties, when you hurt every day.']]),
};

describe('decision and response names', () => {
  it('names a decision by its phase and the patient line, shortened at a word with the whole line kept', () => {
    const long = decisionName(texts, 'opening-1');
    expect(long.name).toBe("Opening: “So. You are the new one. You have read my file, I suppose. The insurance doctor's report…”");
    expect(long.fullLine).toMatch(/^So\. You are the new one.*is in there\.$/);
    expect(decisionName(texts, 'goals-1')).toEqual({ name: 'Goals: “What now?”', fullLine: null });
  });

  it('falls back to the node id for a scenario this build does not ship', () => {
    expect(decisionName(undefined, 'opening-1')).toEqual({ name: 'Decision point opening-1', fullLine: null });
  });

  it('names a response by its words, silence in plain words, and an unknown one by id', () => {
    expect(responseName(texts, 'opening-1', 'b')).toBe('“Fit for full duties, when you hurt every day.”');
    expect(responseName(texts, 'opening-1', 'timeout')).toBe('No answer (time ran out)');
    expect(responseName(undefined, 'opening-1', 'b')).toBe('Response b');
  });

  it('shortens without cutting a word or leaving a dangling comma', () => {
    expect(shorten('one two three, four', 16)).toBe('one two three…');
    expect(shorten('short', 16)).toBe('short');
    expect(shorten('a'.repeat(30), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
