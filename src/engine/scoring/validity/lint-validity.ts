/**
 * Score-validity lints (SCN130–SCN132): warnings that the score can be earned
 * by spotting the answer instead of reading the patient. Thresholds live in
 * validity-thresholds.ts. Diagnostics carry a `path`; the format checker
 * places them on a line and column.
 */
import type { Diagnostic } from '../../format/diagnostic.types';
import type { MitiIndicator, ScenarioAnalysis, ScorableScenario } from '../scoring.types';
import { STRATEGIES, STRATEGY_LABELS } from './content-blind-strategies';
import type { ValidityStats } from './analyse-validity';
import { bestRouteDecisions, isStrictlyLongest } from './option-statistics';
import type { StrategyResult } from './strategy-scores';
import {
  BEST_IS_LONGEST_MAX_PERCENT,
  BLIND_STRATEGY_MAX_SCORE,
  RANDOM_BEST_ENDING_SHARE,
  RANDOM_MIN_DECISIONS,
} from './validity-thresholds';

export type ValidityCode = 'SCN130' | 'SCN131' | 'SCN132';

export interface ValidityFinding {
  code: ValidityCode;
  message: string;
  path: Diagnostic['path'];
}

const MITI_NAMES: Record<MitiIndicator['id'], string> = {
  reflectionToQuestion: 'reflections per question (R:Q)',
  percentComplexReflections: 'complex reflections (%CR)',
  adherent: 'MI-adherent responses',
  nonAdherent: 'MI non-adherent responses',
};

/** Whether a strategy reaches the best ending class: every play for a fixed rule, most seeds for random play. */
function reachesBestEnding(result: StrategyResult, best: ValidityStats['bestOfferedOutcome']): boolean {
  if (best === null) return false;
  const reached = result.outcomes[best] ?? 0;
  const seeded = STRATEGIES.find((s) => s.id === result.id)?.seeded ?? false;
  return seeded ? reached / result.plays > RANDOM_BEST_ENDING_SHARE : reached > 0;
}

function blindStrategyFindings(validity: ValidityStats): ValidityFinding[] {
  return validity.strategies.flatMap((result) => {
    const seeded = STRATEGIES.find((s) => s.id === result.id)?.seeded ?? false;
    if (seeded && validity.options.decisions < RANDOM_MIN_DECISIONS) return [];
    const scores = result.score >= BLIND_STRATEGY_MAX_SCORE;
    const ends = reachesBestEnding(result, validity.bestOfferedOutcome);
    if (!scores && !ends) return [];
    const plays = result.plays > 1 ? ` averaged over ${result.plays} seeds` : '';
    const ending = ends ? `, reaching the ${validity.bestOfferedOutcome} ending` : '';
    return [
      {
        code: 'SCN130' as const,
        message: `The content-blind strategy "${result.id}" (${STRATEGY_LABELS[result.id].toLowerCase()}) scores ${result.score} of 100${plays}${ending} without reading the patient (expert route: ${validity.expert.score}); a rule that ignores meaning should stay below ${BLIND_STRATEGY_MAX_SCORE} and short of the best ending.`,
        path: ['start'],
      },
    ];
  });
}

function longestFinding(compiled: ScorableScenario, analysis: ScenarioAnalysis, validity: ValidityStats): ValidityFinding[] {
  const { bestIsLongest, decisions, bestIsLongestPercent, chanceLongestPercent } = validity.options;
  if (bestIsLongestPercent === null || bestIsLongestPercent <= BEST_IS_LONGEST_MAX_PERCENT) return [];
  const first = bestRouteDecisions(compiled, analysis).find(({ options, best }) => isStrictlyLongest(best, options));
  const nodeIndex = first ? compiled.scenario.nodes.indexOf(first.node) : -1;
  const path: Diagnostic['path'] = nodeIndex >= 0 && first ? ['nodes', nodeIndex, 'choices', first.options.indexOf(first.best)] : ['nodes'];
  const where = nodeIndex >= 0 && first ? `, first at "${compiled.scenario.nodes[nodeIndex]!.id}" (choice "${first.best.id}")` : '';
  return [
    {
      code: 'SCN131',
      message: `The best response is the longest option at ${bestIsLongest} of ${decisions} best-route decisions (${bestIsLongestPercent}%; guessing would give ${chanceLongestPercent}%)${where}: trainees can find it by length. Keep it at or below ${BEST_IS_LONGEST_MAX_PERCENT}%.`,
      path,
    },
  ];
}

function mitiFinding(validity: ValidityStats): ValidityFinding[] {
  const below = validity.expert.miti.filter((m) => m.band === 'below-fair');
  if (below.length === 0) return [];
  const named = below.map(
    (m) =>
      `${MITI_NAMES[m.id]} ${m.value}${m.id === 'percentComplexReflections' ? '%' : ''} (fair: ${m.id === 'nonAdherent' ? 'at most' : 'at least'} ${m.fair})`,
  );
  return [
    {
      code: 'SCN132',
      message: `The expert (best) route's MITI indicators fall below fair: ${named.join('; ')}. The route that scores 100 should model the practice the debrief praises.`,
      path: ['nodes'],
    },
  ];
}

export function validityFindings(compiled: ScorableScenario, analysis: ScenarioAnalysis, validity: ValidityStats): ValidityFinding[] {
  return [...blindStrategyFindings(validity), ...longestFinding(compiled, analysis, validity), ...mitiFinding(validity)];
}

export function lintValidity(compiled: ScorableScenario, analysis: ScenarioAnalysis, validity: ValidityStats, file = ''): Diagnostic[] {
  return validityFindings(compiled, analysis, validity).map(({ code, message, path }) => ({
    code,
    severity: 'warning',
    message,
    file,
    line: 0,
    col: 0,
    path,
  }));
}
