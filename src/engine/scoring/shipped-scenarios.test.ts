/**
 * The scoring guarantees on every shipped scenario (scenarios/*.scenario.yaml):
 * best route >= 85, worst <= 25, no random route beats the best, and the lints
 * that matter for teaching stay quiet (apart from the listed pending fixes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../format/parse-scenario';
import { POSITIVE_OUTCOMES } from '../format/scenario.types';
import { analyseScenario } from './analyse-scenario';
import { buildDebrief } from './debrief';
import { lintScenario } from './lint-scenario';
import { playRoute } from './play-route';
import { scoreAttempt, scoreTotals } from './score-attempt';
import { prng, randomRoute } from './test-factories';

const DIR = join(__dirname, '../../../scenarios');

/**
 * Score-validity lints (SCN130–SCN132) that fire on shipped scenarios today,
 * because their content lets a content-blind rule find the best answer (the
 * "before" picture of issue 12; the content is being rewritten separately).
 * Each listed pair MUST still fire: when a rewrite fixes one, this test fails
 * until the pair is removed here, so the list only ever shrinks. Nothing else
 * is tolerated. See `npm run validity` for the figures behind each pair.
 */
const PENDING_CONTENT_FIXES: Readonly<Record<string, readonly string[]>> = {
  'carer-barriers.scenario.yaml': ['SCN130', 'SCN131'],
  'demands-imaging.scenario.yaml': ['SCN130', 'SCN131', 'SCN132'],
  'dismissed-before.scenario.yaml': ['SCN130', 'SCN131', 'SCN132'],
  'exercise-ambivalence.scenario.yaml': ['SCN130', 'SCN132'],
  'insurer-suspicion.scenario.yaml': ['SCN130'],
  'pain-gone-goals.scenario.yaml': ['SCN130', 'SCN131'],
  'work-injury-claim.scenario.yaml': ['SCN130', 'SCN131', 'SCN132'],
};
const files = readdirSync(DIR).filter((f) => f.endsWith('.scenario.yaml')).sort();

describe.each(files)('%s', (file) => {
  const { scenario, diagnostics } = parseScenario(readFileSync(join(DIR, file), 'utf8'), file);
  it('parses', () => expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]));
  if (!scenario) return;
  const compiled = { scenario, analysis: analyseScenario({ scenario }) };
  const { analysis } = compiled;

  it('is analysed exactly, with the best route >= 85 and the worst <= 25', () => {
    expect(analysis.exact).toBe(true);
    const best = playRoute(compiled, analysis.bestRoute);
    const worst = playRoute(compiled, analysis.worstRoute);
    expect(scoreTotals(compiled, best.transcript, best.endingId).overall).toBeGreaterThanOrEqual(85);
    expect(scoreTotals(compiled, worst.transcript, worst.endingId).overall).toBeLessThanOrEqual(25);
    expect(POSITIVE_OUTCOMES).toContain(analysis.bestOutcome);
    expect(POSITIVE_OUTCOMES).not.toContain(analysis.worstOutcome);
  });

  it('no random route scores above the best route', () => {
    const rand = prng(42);
    for (let i = 0; i < 300; i++) {
      const played = playRoute(compiled, randomRoute(compiled, rand));
      const totals = scoreTotals(compiled, played.transcript, played.endingId);
      expect(totals.blend).toBeLessThanOrEqual(analysis.blendBounds!.best + 1e-9);
      expect(totals.overall).toBeGreaterThanOrEqual(0);
    }
  });

  it('raises none of the teaching lints (SCN110–SCN115, SCN130–SCN132) beyond its pending content fixes', () => {
    const codes = [...new Set(lintScenario(compiled, analysis).map((d) => d.code))].filter((c) => c !== 'SCN114').sort();
    expect(codes, 'fixed? then remove the pair from PENDING_CONTENT_FIXES').toEqual(PENDING_CONTENT_FIXES[file] ?? []);
  });

  it('reviews a poor attempt decision by decision and builds a debrief', () => {
    const worst = playRoute(compiled, analysis.worstRoute);
    const card = scoreAttempt(compiled, worst.transcript, worst.endingId);
    expect(card.decisions.some((d) => d.betterChoiceId !== null && d.regret > 0)).toBe(true);
    const debrief = buildDebrief(compiled, card);
    expect(debrief.highlights.length).toBeGreaterThanOrEqual(1);
    expect(debrief.highlights.length).toBeLessThanOrEqual(3);
  });
});
