/**
 * buildDebrief: a ScoreCard → the words of the debrief (data only; the UI
 * renders it). Second person, kind and specific: each dimension says which of
 * your responses built it and which cost it; the takeaways and highlights are
 * the decisions with the most regret, each with the stronger option and why.
 */
import { SCORE_BANDS } from '../model/parameters';
import { mitiSummaries } from './debrief-miti';
import { codeById } from '../model/rubric';
import type { PatientStateVariable } from '../format/scenario.types';
import { OUTCOME_VALUES, OUTCOME_WEIGHT } from '../model/parameters';
import { highlights } from './debrief-highlights';
import { endingReached } from './debrief-moments';
import type { Debrief, DebriefDimension, Dimension, DimensionScore, ScoreCard, ScorableScenario } from './scoring.types';
import { buildTakeaways } from './takeaways';

export const DIMENSION_LABELS: Record<Dimension, string> = {
  goals: 'Agreement on goals',
  tasks: 'Agreement on tasks',
  bond: 'Bond',
  trust: 'Trust',
  communication: 'Communication',
};

const OUTCOME_PHRASES = {
  alliance: 'You and the patient left with a shared plan: a working alliance.',
  partial: 'The patient agreed to something, but without real commitment: a partial alliance.',
  disengaged: 'The patient disengaged: the conversation ended without an agreement.',
  escalated: 'The conversation escalated and broke down.',
} as const;

/** "reflecting (CR) twice and validating (VAL)" style list of code names with counts. */
function codeList(counts: Map<string, number>): string {
  const parts = [...counts].map(([id, n]) => `${codeById(id)?.name.toLowerCase() ?? id}${n > 1 ? ` (${n} times)` : ''}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** The meter each of four dimensions is scored on (model/turn-points.ts), and whether a rise is good. */
const METER: Partial<Record<Dimension, { variable: PatientStateVariable; words: string; up: boolean }>> = {
  trust: { variable: 'trust', words: "the patient's trust", up: true },
  bond: { variable: 'anger', words: "the patient's anger", up: false },
  goals: { variable: 'goalAgreement', words: 'agreement on goals', up: true },
  tasks: { variable: 'taskAgreement', words: 'agreement on tasks', up: true },
};

/** Whether a code helped (+1), hurt (-1) or did not touch (0) a dimension. */
function codeDirection(id: string, d: Dimension): number {
  const code = codeById(id);
  if (!code) return 0;
  const meter = METER[d];
  if (!meter) return code.dimensions.includes(d) ? Math.sign(code.weight) : 0;
  const push = code.effect[meter.variable] ?? 0;
  return Math.sign(meter.up ? push : -push);
}

/** "went from 62 to 31" for a meter dimension, or the communication note. */
function measuredOn(d: Dimension, card: ScoreCard): string {
  const meter = METER[d];
  const first = card.decisions[0];
  const last = card.decisions.at(-1);
  if (!meter || !first || !last) return 'scored by the form of your responses (reflections, open questions, summaries, asking permission)';
  return `scored on how ${meter.words} moved: it went from ${first.before[meter.variable]} to ${last.after[meter.variable]}`;
}

function explainDimension(d: DimensionScore, card: ScoreCard): DebriefDimension {
  const label = DIMENSION_LABELS[d.dimension];
  if (d.scoreable === false)
    return {
      dimension: d.dimension,
      score: d.score,
      headline: `${label}: not assessed here`,
      explanation: `No response in this scenario changes ${label.toLowerCase()}, so it is not part of your score.`,
    };
  const helped = new Map<string, number>();
  const hurt = new Map<string, number>();
  for (const decision of card.decisions)
    for (const id of new Set(decision.codes)) {
      const direction = codeDirection(id, d.dimension);
      if (direction === 0) continue;
      const bucket = direction > 0 ? helped : hurt;
      bucket.set(id, (bucket.get(id) ?? 0) + 1);
    }
  const headline =
    d.score >= SCORE_BANDS.strong
      ? `${label}: strong`
      : d.score >= SCORE_BANDS.developing
        ? `${label}: developing`
        : `${label}: the one to work on`;
  const parts = [
    `You reached ${d.score} of 100 on ${label.toLowerCase()}, ${measuredOn(d.dimension, card)}; 100 is the best this conversation allowed and 0 the worst.`,
  ];
  if (helped.size) parts.push(`It grew when you used ${codeList(helped)}.`);
  if (hurt.size) parts.push(`It suffered from ${codeList(hurt)}; those responses are worth rehearsing differently.`);
  if (!helped.size && !hurt.size)
    parts.push(`None of your responses touched ${label.toLowerCase()}; look for moments to work on it directly.`);
  else if (!hurt.size) parts.push('Nothing you said cost you here. Well done.');
  return { dimension: d.dimension, score: d.score, headline, explanation: parts.join(' ') };
}

/** One plain sentence: how the overall score follows from the dimension scores and the ending. */
export function overallExplanation(card: ScoreCard): string {
  const assessed = card.dimensions.filter((d) => d.scoreable !== false);
  const mean = assessed.length ? Math.round(assessed.reduce((sum, d) => sum + d.score, 0) / assessed.length) : null;
  const endingPart = card.outcome
    ? `${Math.round(OUTCOME_WEIGHT * 100)}% how the conversation ended (${card.outcome}, worth ${Math.round(OUTCOME_VALUES[card.outcome] * 100)})`
    : `${Math.round(OUTCOME_WEIGHT * 100)}% how the conversation ended (unfinished, worth 0)`;
  if (mean === null)
    return `Your overall score of ${card.overall} comes only from how the conversation ended, since no dimension is assessed here.`;
  const which =
    assessed.length === card.dimensions.length ? 'your five dimension scores' : `the ${assessed.length} dimension scores assessed here`;
  return `Your overall score of ${card.overall} is ${Math.round((1 - OUTCOME_WEIGHT) * 100)}% the average of ${which} (${mean}) and ${endingPart}.`;
}

export function buildDebrief(compiled: ScorableScenario, card: ScoreCard): Debrief {
  const ending = endingReached(compiled, card);
  const outcome = card.outcome;
  const summary = outcome
    ? `${OUTCOME_PHRASES[outcome]}${ending ? ` ${ending.text}` : ''}`
    : 'The conversation was not finished, so there is no outcome to report.';
  const evidence = new Set<string>();
  for (const d of card.decisions) for (const id of d.evidence) evidence.add(id);
  return {
    overall: card.overall,
    overallExplanation: overallExplanation(card),
    dimensions: card.dimensions.map((d) => explainDimension(d, card)),
    highlights: highlights(compiled, card),
    takeaways: buildTakeaways(compiled, card),
    outcome: { outcome, title: ending?.title ?? null, summary },
    miti: mitiSummaries(card.miti),
    evidenceIds: [...evidence],
  };
}
