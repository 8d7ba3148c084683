// @vitest-environment node
/**
 * Score validity on a shipped scenario: properties only, since the patient
 * model's numbers and the scenario's content both change under this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../format/parse-scenario';
import { analyseScenario } from '../analyse-scenario';
import { analyseValidity } from './analyse-validity';
import { STRATEGY_IDS } from './content-blind-strategies';

const FILE = join(__dirname, '../../../../scenarios/work-injury-claim.scenario.yaml');

describe('score validity on work-injury-claim', () => {
  const { scenario } = parseScenario(readFileSync(FILE, 'utf8'), 'work-injury-claim.scenario.yaml');
  if (!scenario) throw new Error('the shipped scenario does not parse');
  const compiled = { scenario };
  const analysis = analyseScenario(compiled);
  const validity = analyseValidity(compiled, analysis);

  it('scores every strategy and the expert route within 0–100, the expert at the top', () => {
    expect(validity.strategies.map((s) => s.id)).toEqual([...STRATEGY_IDS]);
    for (const s of validity.strategies) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(validity.expert.score);
    }
    expect(validity.expert.score).toBe(analysis.bestScore);
    expect(validity.expert.outcome).toBe(analysis.bestOutcome);
  });

  it('is deterministic: the same figures on a second run', () => {
    expect(analyseValidity(compiled, analysis)).toEqual(validity);
  });

  it('keeps its option statistics within their ranges', () => {
    const o = validity.options;
    expect(o.decisions).toBeGreaterThan(0);
    expect(o.bestIsLongest).toBeLessThanOrEqual(o.decisions);
    expect(o.chanceLongestPercent).toBeGreaterThan(0);
    expect(o.chanceLongestPercent).toBeLessThanOrEqual(50);
    expect(o.oneSafeOption).toBeLessThanOrEqual(o.allDecisions);
    expect(o.locallyBestNotBest).toBeLessThanOrEqual(o.decisions);
    expect(o.wordRatio).toBeGreaterThan(0);
  });
});
