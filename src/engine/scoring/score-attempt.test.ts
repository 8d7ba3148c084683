import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { reviewDecisions } from './decision-review';
import { MoveValuer } from './move-values';
import { playRoute } from './play-route';
import { lookupScenario } from './scenario-moves';
import { scoreAttempt, scoreTotals } from './score-attempt';
import { fourOutcomeScenario } from '../runtime/testing/four-outcome-scenario';
import { enumerateRoutes } from './test-routes';

const scenario = fourOutcomeScenario();
const analysis = analyseScenario({ scenario });
const compiled = { scenario, analysis };
const play = (route: string[]) => playRoute(compiled, route);

describe('scoreAttempt', () => {
  it('scores the best route as the analysis says, with no regret anywhere', () => {
    const { transcript, endingId } = play(analysis.bestRoute);
    const card = scoreAttempt(compiled, transcript, endingId);
    expect(card.overall).toBe(analysis.bestScore);
    expect(card.overall).toBeGreaterThanOrEqual(70);
    expect(card.outcome).toBe('alliance');
    expect(card.decisions.map((d) => d.regret)).toEqual(transcript.map(() => 0));
    expect(card.decisions.every((d) => d.betterChoiceId === null && /strongest response/.test(d.why))).toBe(true);
  });

  it('scores the worst route as the analysis says and names a better option with reasons and evidence', () => {
    const { transcript, endingId } = play(analysis.worstRoute);
    const card = scoreAttempt(compiled, transcript, endingId);
    expect(card.overall).toBe(analysis.worstScore);
    expect(card.overall).toBeLessThanOrEqual(20);
    const first = card.decisions[0]!;
    expect(first.regret).toBeGreaterThan(0);
    expect(first.betterChoiceId).toBe('a');
    expect(first.betterChoiceText).toBe('Say a');
    expect(first.betterCodes).toEqual(['CR', 'VAL']);
    expect(first.why).toMatch(/A stronger option here: "Say a"/);
    expect(first.evidence).toEqual(expect.arrayContaining(['linton-2012-validation', 'miti-4.2.1-codes']));
    expect(first.before).toEqual(scenario.initialState);
    expect(first.after).toEqual(transcript[0]!.after);
  });

  it('reports each dimension against the bounds the scenario allows', () => {
    const { transcript, endingId } = play(analysis.bestRoute);
    const card = scoreAttempt(compiled, transcript, endingId);
    for (const d of card.dimensions) {
      expect(d.best).toBeCloseTo(analysis.dimensionBounds[d.dimension].best, 1);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(100);
      expect(d.scoreable).toBe(true);
    }
  });

  it('regret is the overall-score points between the chosen and the best continuation', () => {
    const routes = enumerateRoutes(compiled);
    const best = Math.max(...routes.map((r) => scoreTotals(compiled, play(r).transcript, play(r).endingId).blend));
    const { transcript, endingId } = play(analysis.worstRoute);
    const first = scoreAttempt(compiled, transcript, endingId).decisions[0]!;
    // Best blend after the chosen first move, over every route that starts with it.
    const afterChosen = Math.max(
      ...routes
        .filter((r) => r[0] === analysis.worstRoute[0])
        .map((r) => scoreTotals(compiled, play(r).transcript, play(r).endingId).blend),
    );
    // The overall score is 100 × the blend.
    expect(first.regret).toBeCloseTo((best - afterChosen) * 100, 0);
  });

  it('the overall score is 60% the mean dimension score and 40% the ending, as the debrief says', () => {
    for (const route of [analysis.bestRoute, analysis.worstRoute, ['timeout', 'a', 'a']]) {
      const { transcript, endingId } = play(route);
      const totals = scoreTotals(compiled, transcript, endingId);
      const dims = totals.dimensions.filter((d) => d.scoreable).map((d) => d.score / 100);
      const ending = { alliance: 1, partial: 0.6, disengaged: 0.2, escalated: 0 }[totals.outcome ?? 'escalated'];
      const expected = 100 * (0.4 * ending + (0.6 * dims.reduce((a, b) => a + b, 0)) / dims.length);
      expect(Math.abs(totals.overall - expected)).toBeLessThanOrEqual(1);
    }
  });

  it('scores trust, bond, goals and tasks as the meters moved between the start and the end', () => {
    const { transcript, endingId } = play(analysis.bestRoute);
    const totals = scoreTotals(compiled, transcript, endingId);
    const start = transcript[0]!.before;
    const end = transcript.at(-1)!.after;
    const raw = Object.fromEntries(totals.dimensions.map((d) => [d.dimension, d.raw]));
    expect(raw.trust).toBe(end.trust - start.trust);
    expect(raw.bond).toBe(start.anger - end.anger);
    expect(raw.goals).toBe(end.goalAgreement - start.goalAgreement);
    expect(raw.tasks).toBe(end.taskAgreement - start.taskAgreement);
  });

  it('records a timeout decision as a move with no choice id', () => {
    const { transcript, endingId } = play(['timeout', 'a', 'a']);
    const card = scoreAttempt(compiled, transcript, endingId);
    expect(card.decisions[0]).toMatchObject({ choiceId: null, betterChoiceId: 'a' });
  });

  it('gives an unfinished attempt no outcome credit', () => {
    const { transcript, endingId } = play(analysis.bestRoute);
    expect(endingId).not.toBeNull();
    const unfinished = scoreAttempt(compiled, transcript, null);
    expect(unfinished.outcome).toBeNull();
    expect(unfinished.overall).toBeLessThan(100);
  });

  it('computes the analysis itself when none is attached', () => {
    const { transcript, endingId } = play(analysis.bestRoute);
    expect(scoreAttempt({ scenario }, transcript, endingId).overall).toBe(analysis.bestScore);
  });

  it('still reviews decisions when the search budget is exhausted (greedy continuation)', () => {
    const { transcript } = play(analysis.worstRoute);
    const valuer = new MoveValuer(lookupScenario(scenario), analysis, -1);
    const values = valuer.valuesAt({ nodeId: 'open', before: scenario.initialState, previousCodes: [] });
    expect(values.map((v) => v.move.id)).toEqual(['a', 'b', 'c', 'timeout']);
    expect(values.every((v) => Number.isFinite(v.value))).toBe(true);
    expect(reviewDecisions(lookupScenario(scenario), analysis, transcript)[0]!.betterChoiceId).toBe('a');
  });
});
