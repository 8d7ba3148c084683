import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { describeMovement, firstName } from './meter-words';
import { playRoute } from './play-route';
import { scoreAttempt } from './score-attempt';
import { buildTakeaways, shortLine } from './takeaways';
import { choice, ending as endingOf, makeScenario, node } from '../runtime/testing/fake-scenario';
import { fourOutcomeScenario } from '../runtime/testing/four-outcome-scenario';

/** The small scenario with lines worth quoting, so a takeaway is checked against the words the trainee chose. */
function wordyScenario() {
  const base = fourOutcomeScenario();
  const nodes = base.nodes.map((n) => ({
    ...n,
    choices: n.choices.map((c) => ({ ...c, text: `At ${n.id}, I say ${c.id}: “${c.codes.join(' and ')}”.` })),
  }));
  return { ...base, nodes, persona: { ...base.persona, name: 'Dana Reyes' } };
}

const scenario = wordyScenario();
const compiled = { scenario, analysis: analyseScenario({ scenario }) };
const attempt = (route: readonly string[]) => {
  const { transcript, endingId } = playRoute(compiled, route);
  const card = scoreAttempt(compiled, transcript, endingId);
  return { transcript, card, takeaways: buildTakeaways(compiled, card) };
};
const lineOf = (nodeId: string, choiceId: string) =>
  scenario.nodes.find((n) => n.id === nodeId)!.choices.find((c) => c.id === choiceId)!.text;

describe('buildTakeaways', () => {
  it('for a poor attempt, quotes the lines that cost the most, costliest first, with what they did and the stronger option', () => {
    const { transcript, card, takeaways } = attempt(['c', 'c']);
    expect(card.overall).toBeLessThan(45);
    expect(takeaways.map((t) => [t.kind, t.turn])).toEqual([
      ['improve', 1],
      ['improve', 0],
    ]);
    const [worst, first] = takeaways;
    expect(worst!.said).toBe(lineOf('explore', 'c'));
    expect(first!.said).toBe(lineOf('open', 'c'));
    const t1 = transcript[1]!;
    expect(worst!.did).toBe(
      `Dana's anger rose from ${t1.before.anger} to ${t1.after.anger} and trust fell from ${t1.before.trust} to ${t1.after.trust}, and the conversation ended (walkout).`,
    );
    expect(worst!.better).toBe(card.decisions[1]!.betterChoiceText);
    expect(worst!.better).toMatch(/^At explore, I say [ab]:/);
    expect(first!.did).not.toMatch(/conversation ended/);
  });

  it('tops up the costly decisions with what went well, quoting that line too', () => {
    const { takeaways } = attempt(['a', 'a', 'b']);
    expect(takeaways.map((t) => t.kind)).toEqual(['improve', 'keep', 'keep']);
    expect(takeaways[0]).toMatchObject({ said: lineOf('plan', 'b'), better: lineOf('plan', 'a'), betterIsLine: true });
    expect(takeaways[1]).toMatchObject({ turn: 0, said: lineOf('open', 'a'), better: null });
    expect(takeaways[1]!.did).toMatch(/^Dana's anger fell from 65 to \d+ and trust rose from 25 to \d+\.$/);
  });

  it('for a strong attempt, says what went well first and then its one improvement', () => {
    const { card, takeaways } = attempt(['a', 'a', 'c']);
    expect(card.overall).toBeGreaterThanOrEqual(75);
    expect(takeaways.map((t) => t.kind)).toEqual(['keep', 'keep', 'improve']);
    expect(takeaways[2]).toMatchObject({ turn: 2, said: lineOf('plan', 'c'), better: lineOf('plan', 'a') });
  });

  it('gives the best route three things that went well and no invented improvement', () => {
    const { takeaways } = attempt(compiled.analysis.bestRoute);
    expect(takeaways.map((t) => t.kind)).toEqual(['keep', 'keep', 'keep']);
    for (const t of takeaways) expect(t.said).toMatch(/^At \w+, I say a:/);
  });

  it('speaks of a silence as a silence', () => {
    const { takeaways } = attempt(['timeout', 'c', 'b']);
    const silence = takeaways.find((t) => t.turn === 0);
    expect(silence).toMatchObject({ kind: 'improve', said: null, betterIsLine: true });
  });

  it('is empty when no decision was taken', () => {
    const quiet = makeScenario([node('n', [choice('a', ['CR'], 'e')])], [endingOf('e', 'alliance')]);
    const empty = { scenario: quiet, analysis: analyseScenario({ scenario: quiet }) };
    expect(buildTakeaways(empty, scoreAttempt(empty, [], null))).toEqual([]);
  });
});

describe('shortLine', () => {
  it('keeps a brief option whole', () => {
    expect(shortLine('  You sound fed up with being passed around.  ')).toBe('You sound fed up with being passed around.');
  });

  it('shortens a long option to its first sentences, or to its first words', () => {
    const twoSentences =
      'Eleven years without missing a shift, and now you are treated as a liar. What would getting back to work look like for you, in a good week?';
    expect(shortLine(twoSentences)).toBe('Eleven years without missing a shift, and now you are treated as a liar.');
    const oneLong =
      'If it is all right with you I would like to look at how you move today and then we can talk about what the scan does and does not mean';
    expect(shortLine(oneLong)).toBe('If it is all right with you I would like to look at how you move…');
  });

  it('takes a shorter limit for a patient’s reply', () => {
    expect(shortLine('[Shrugs.] Okay. Whatever. You want goals for your form? I want my life back — that is the goal.', 12)).toBe(
      '[Shrugs.] Okay. Whatever. You want goals for your form?',
    );
    expect(shortLine('So you are saying that all of this is in my head and I should just get on with it then', 12)).toBe(
      'So you are saying that all of this…',
    );
  });
});

describe('describeMovement', () => {
  const state = { anger: 60, trust: 30, injustice: 50, goalAgreement: 10, taskAgreement: 10 };
  it('names the two meters that moved most, the patient by first name', () => {
    expect(describeMovement(firstName('Dariusz Nowak'), state, { ...state, anger: 70, trust: 25, goalAgreement: 12 })).toBe(
      "Dariusz's anger rose from 60 to 70 and trust fell from 30 to 25",
    );
    expect(describeMovement('Dana', state, { ...state, taskAgreement: 22, anger: 57 })).toBe(
      'Agreement on tasks rose from 10 to 22 and anger fell from 60 to 57',
    );
  });

  it('says when nothing moved', () => {
    expect(describeMovement('Dana', state, state)).toBe("Nothing moved: Dana's anger stayed at 60 and trust at 30");
  });
});
