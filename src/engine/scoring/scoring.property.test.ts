import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { playRoute } from './play-route';
import { RUBRIC } from '../model/rubric';
import { scoreTotals } from './score-attempt';
import { DIMENSIONS } from './scoring.types';
import { prng, randomScenario } from '../runtime/testing/random-scenario';
import { enumerateRoutes, randomRoute } from './test-routes';
import { addVectors, turnRaw, zeroVector } from './turn-score';

const BUILDING = RUBRIC.codes.filter((c) => c.direction === 'building').map((c) => c.id);
const DAMAGING = RUBRIC.codes.filter((c) => c.direction === 'damaging').map((c) => c.id);
const EPS = 1e-9;

const scenarioArb = fc.record({ seed: fc.integer(), layers: fc.integer({ min: 2, max: 5 }), width: fc.integer({ min: 1, max: 3 }) });
const build = ({ seed, layers, width }: { seed: number; layers: number; width: number }) => {
  const scenario = randomScenario(seed, layers, width);
  return { scenario, analysis: analyseScenario({ scenario }) };
};

describe('scoring properties (generated scenarios)', () => {
  it('the exact search agrees with brute force: bounds, route count, best and worst blend', () => {
    fc.assert(
      fc.property(scenarioArb, (spec) => {
        const compiled = build(spec);
        const { analysis } = compiled;
        const routes = enumerateRoutes(compiled);
        expect(analysis.exact).toBe(true);
        expect(analysis.routes.count).toBe(routes.length);
        if (routes.length === 0) return;
        const blends = routes.map((route) => {
          const { transcript, endingId } = playRoute(compiled, route);
          let raw = zeroVector();
          transcript.forEach((t, i) => (raw = addVectors(raw, turnRaw(t.codes, t.before, t.after, transcript[i - 1]?.codes ?? []))));
          for (const d of DIMENSIONS) {
            expect(raw[d]).toBeLessThanOrEqual(analysis.dimensionBounds[d].best + EPS);
            expect(raw[d]).toBeGreaterThanOrEqual(analysis.dimensionBounds[d].worst - EPS);
          }
          return scoreTotals(compiled, transcript, endingId).blend;
        });
        expect(Math.max(...blends)).toBeCloseTo(analysis.blendBounds!.best, 9);
        expect(Math.min(...blends)).toBeCloseTo(analysis.blendBounds!.worst, 9);
        const best = playRoute(compiled, analysis.bestRoute);
        expect(scoreTotals(compiled, best.transcript, best.endingId).overall).toBe(analysis.bestScore);
      }),
      { numRuns: 60 },
    );
  });

  it('the analysis and scoreTotals give the best route the same whole score (a case fast-check found)', () => {
    const compiled = build({ seed: 1031048564, layers: 2, width: 2 });
    const best = playRoute(compiled, compiled.analysis.bestRoute);
    expect(scoreTotals(compiled, best.transcript, best.endingId).overall).toBe(compiled.analysis.bestScore);
  });

  // The best route is the best finished one: an unfinished walk may stop just before a damaging turn every
  // ending needs, and score above it (a case fast-check found: seed -402885096, 2 layers, width 3). Unfinished
  // attempts never count towards a trainee's best score, so only finished walks are compared with it.
  it('scores stay within 0–100, finished or not, and the best route scores at least any finished random route', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer(), fc.nat(), (spec, walkSeed, cut) => {
        const compiled = build(spec);
        const route = randomRoute(compiled, prng(walkSeed));
        const played = playRoute(compiled, route.slice(0, route.length - (cut % 2)));
        const totals = scoreTotals(compiled, played.transcript, played.endingId);
        expect(Number.isInteger(totals.overall)).toBe(true);
        expect(totals.overall).toBeGreaterThanOrEqual(0);
        expect(totals.overall).toBeLessThanOrEqual(100);
        for (const d of totals.dimensions) expect(d.score >= 0 && d.score <= 100).toBe(true);
        const best = playRoute(compiled, compiled.analysis.bestRoute);
        if (best.endingId && played.endingId) {
          expect(scoreTotals(compiled, best.transcript, best.endingId).blend).toBeGreaterThanOrEqual(totals.blend - EPS);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('swapping a chosen building code for a damaging one never raises the score', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.integer(),
        fc.nat(),
        fc.constantFrom(...BUILDING),
        fc.constantFrom(...DAMAGING),
        (spec, walkSeed, at, good, bad) => {
          const compiled = build(spec);
          const played = playRoute(compiled, randomRoute(compiled, prng(walkSeed)));
          if (played.transcript.length === 0) return;
          const i = at % played.transcript.length;
          const original = played.transcript.map((t, k) => (k === i ? { ...t, codes: [...t.codes, good] } : t));
          const swapped = original.map((t, k) => (k === i ? { ...t, codes: t.codes.map((c) => (c === good ? bad : c)) } : t));
          const before = scoreTotals(compiled, original, played.endingId);
          const after = scoreTotals(compiled, swapped, played.endingId);
          expect(after.blend).toBeLessThanOrEqual(before.blend + EPS);
          expect(after.overall).toBeLessThanOrEqual(before.overall);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('an unfinished walk can outscore the best finished route (why the comparison above is over finished walks)', () => {
    const compiled = build({ seed: -402885096, layers: 2, width: 3 });
    const walk = randomRoute(compiled, prng(-882053147));
    const unfinished = playRoute(compiled, walk.slice(0, -1));
    const best = playRoute(compiled, compiled.analysis.bestRoute);
    expect(unfinished.endingId).toBeNull();
    expect(scoreTotals(compiled, unfinished.transcript, null).blend).toBeGreaterThan(
      scoreTotals(compiled, best.transcript, best.endingId).blend,
    );
  });
});
