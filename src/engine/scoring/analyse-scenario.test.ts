import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { playRoute } from './play-route';
import { scoreAttempt } from './score-attempt';
import { choice, ending, makeScenario, node } from '../runtime/testing/fake-scenario';
import { fourOutcomeScenario } from '../runtime/testing/four-outcome-scenario';
import { randomScenario } from '../runtime/testing/random-scenario';
import { enumerateRoutes } from './test-routes';

const compiled = (scenario = fourOutcomeScenario()) => ({ scenario });

const allRoutes = (c: ReturnType<typeof compiled>) => enumerateRoutes(c);

describe('analyseScenario', () => {
  it('finds the best and worst routes exactly on a small scenario', () => {
    const c = compiled();
    const a = analyseScenario(c);
    expect(a.exact).toBe(true);
    expect(a.bestOutcome).toBe('alliance');
    expect(['escalated', 'disengaged']).toContain(a.worstOutcome);
    const routes = allRoutes(c);
    expect(a.routes).toEqual({ count: routes.length, exact: true });
    const scores = routes.map((r) => {
      const p = playRoute(c, r);
      return scoreAttempt({ ...c, analysis: a }, p.transcript, p.endingId).overall;
    });
    expect(a.bestScore).toBe(Math.max(...scores));
    expect(a.worstScore).toBe(Math.min(...scores));
    const best = playRoute(c, a.bestRoute);
    expect(scoreAttempt({ ...c, analysis: a }, best.transcript, best.endingId).overall).toBe(a.bestScore);
    const worst = playRoute(c, a.worstRoute);
    expect(scoreAttempt({ ...c, analysis: a }, worst.transcript, worst.endingId).overall).toBe(a.worstScore);
  });

  it('reports coverage: codes, scoreable dimensions, negative influences', () => {
    const a = analyseScenario(compiled());
    expect(a.coverage.codes).toEqual(['ARG', 'AUT', 'CR', 'DIS', 'GOAL', 'INJ', 'PERS', 'QQ', 'REAS', 'SEEK', 'SUM', 'VAL']);
    expect(a.coverage.dimensions).toEqual(['goals', 'tasks', 'bond', 'trust', 'communication']);
    expect(a.coverage.influences).toEqual(['anger', 'hostility', 'perceived-injustice']);
  });

  it('treats an expiring time limit as a move', () => {
    const c = compiled(
      makeScenario(
        [node('n', [choice('a', ['ARG'], 'bad')], { timeLimit: { seconds: 5, codes: ['SR'], next: 'good' } })],
        [ending('good', 'alliance'), ending('bad', 'escalated')],
      ),
    );
    const a = analyseScenario(c);
    expect(a.bestRoute).toEqual(['timeout']);
    expect(a.worstRoute).toEqual(['a']);
    expect(a.routes.count).toBe(2);
  });

  it('counts routes that differ only through patient state', () => {
    const a = analyseScenario(compiled(randomScenario(7, 5, 3)));
    expect(a.exact).toBe(true);
    expect(a.routes.count).toBe(allRoutes(compiled(randomScenario(7, 5, 3))).length);
  });

  it('marks a scenario with no reachable ending', () => {
    const a = analyseScenario(compiled(makeScenario([node('n', [choice('a', ['CR'], 'n')])], [ending('e', 'alliance')])));
    expect(a.routes.count).toBe(0);
    expect(a.bestRoute).toEqual([]);
    expect(a.exact).toBe(false);
  });

  it('falls back to greedy walks when the budget runs out', () => {
    const c = compiled(randomScenario(3, 8, 4));
    const exact = analyseScenario(c);
    const rough = analyseScenario(c, { maxStates: 5 });
    expect(rough.exact).toBe(false);
    expect(rough.routes.exact).toBe(false);
    expect(rough.routes.count).toBeGreaterThanOrEqual(exact.routes.count);
    // The fallback's routes are real routes: scored against the exact bounds,
    // none beats the exact best or falls below the exact worst. (Its own
    // scores are normalised against its own, narrower bounds, so they may.)
    const onExact = (route: readonly string[]) => {
      const played = playRoute(c, route);
      expect(played.endingId).not.toBeNull();
      return scoreAttempt({ ...c, analysis: exact }, played.transcript, played.endingId).overall;
    };
    expect(onExact(rough.bestRoute)).toBeLessThanOrEqual(exact.bestScore);
    expect(onExact(rough.worstRoute)).toBeGreaterThanOrEqual(exact.worstScore);
  });
});
