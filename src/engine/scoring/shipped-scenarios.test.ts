/**
 * The scoring guarantees on every shipped scenario (scenarios/*.scenario.yaml):
 * best route >= 85, worst <= 25, no random route beats the best, and the lints
 * that matter for teaching stay quiet (apart from the listed pending fixes).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../format/diagnostic.types';
import { parseScenario } from '../format/parse-scenario';
import { POSITIVE_OUTCOMES, type Scenario } from '../format/scenario.types';
import { analyseScenario } from './analyse-scenario';
import { buildDebrief } from './debrief';
import { lintScenario } from './lint-scenario';
import { playRoute } from './play-route';
import { scoreAttempt, scoreTotals } from './score-attempt';
import { prng } from '../runtime/testing/random-scenario';
import { randomRoute } from './test-routes';

const DIR = join(__dirname, '../../../scenarios');

/** "SCN120 opening-2/a route 1": a lint named by ids, which survive edits that shift list positions. */
function findingOf(scenario: Scenario, { code, path }: Diagnostic): string {
  const [list, i, part] = path;
  const node = list === 'nodes' ? scenario.nodes[Number(i)] : undefined;
  const timed = part === 'timeLimit';
  const [routes, r] = path.slice(timed ? 3 : 4);
  if (node && routes === 'routes')
    return `${code} ${node.id}/${timed ? 'timeout' : node.choices[Number(path[3])]?.id} route ${Number(r) + 1}`;
  if (node) return `${code} node ${node.id}`;
  if (list === 'endings') return `${code} ending ${scenario.endings[Number(i)]?.id}`;
  return `${code} ${path.join('.')}`;
}
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.yaml'))
  .sort();

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

  it('the best route never pins anger at 0 or trust at 100, and both still move in its last third', () => {
    const { transcript } = playRoute(compiled, analysis.bestRoute);
    expect(transcript.some((e) => e.after.anger === 0 || e.after.trust === 100)).toBe(false);
    const lastThird = transcript.slice(Math.floor((2 * transcript.length) / 3));
    expect(lastThird.some((e) => e.after.anger !== e.before.anger)).toBe(true);
    expect(lastThird.some((e) => e.after.trust !== e.before.trust)).toBe(true);
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

  // The reachability lints walk every conversation state.
  it('raises none of the teaching lints (SCN110–SCN117, SCN120–SCN122, SCN130–SCN132)', { timeout: 120_000 }, () => {
    const findings = lintScenario(compiled, analysis).map((d) => findingOf(scenario, d));
    expect(findings).toEqual([]);
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
