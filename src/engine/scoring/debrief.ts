/**
 * buildDebrief: a ScoreCard → the words of the debrief (data only; the UI
 * renders it). Second person, kind and specific: each dimension says which of
 * your responses built it and which cost it; the highlights are the decisions
 * with the most regret, each with the stronger option and why.
 */
import { HIGHLIGHT_COUNT, HIGHLIGHT_MIN_REGRET, SCORE_BANDS } from '../model/parameters';
import { mitiSummaries } from './debrief-miti';
import { codeById } from '../model/rubric';
import { lookupScenario, resolveTarget, TIMEOUT_MOVE } from './scenario-moves';
import type { Ending } from '../format/scenario.types';
import type { Debrief, DebriefDimension, DebriefHighlight, Dimension, DimensionScore, ScoreCard, ScorableScenario } from './scoring.types';

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

function explainDimension(d: DimensionScore, card: ScoreCard): DebriefDimension {
  const label = DIMENSION_LABELS[d.dimension];
  if (d.scoreable === false)
    return { dimension: d.dimension, score: d.score, headline: `${label}: not assessed here`, explanation: `No response in this scenario changes ${label.toLowerCase()}, so it is not part of your score.` };
  const helped = new Map<string, number>();
  const hurt = new Map<string, number>();
  for (const decision of card.decisions)
    for (const id of new Set(decision.codes)) {
      const code = codeById(id);
      if (!code?.dimensions.includes(d.dimension)) continue;
      const bucket = code.weight > 0 ? helped : hurt;
      bucket.set(id, (bucket.get(id) ?? 0) + 1);
    }
  const headline =
    d.score >= SCORE_BANDS.strong ? `${label}: strong` : d.score >= SCORE_BANDS.developing ? `${label}: developing` : `${label}: the one to work on`;
  const parts = [`You reached ${d.score} of 100 on ${label.toLowerCase()}, measured against the best and worst this conversation allowed.`];
  if (helped.size) parts.push(`It grew when you used ${codeList(helped)}.`);
  if (hurt.size) parts.push(`It suffered from ${codeList(hurt)}; those responses are worth rehearsing differently.`);
  if (!helped.size && !hurt.size) parts.push(`None of your responses touched ${label.toLowerCase()}; look for moments to work on it directly.`);
  else if (!hurt.size) parts.push('Nothing you said cost you here. Well done.');
  return { dimension: d.dimension, score: d.score, headline, explanation: parts.join(' ') };
}

function highlights(compiled: ScorableScenario, card: ScoreCard): DebriefHighlight[] {
  const nodes = new Map(compiled.scenario.nodes.map((n) => [n.id, n]));
  return card.decisions
    .filter((d) => d.betterChoiceId !== null && d.regret >= HIGHLIGHT_MIN_REGRET)
    .sort((a, b) => b.regret - a.regret || a.turn - b.turn)
    .slice(0, HIGHLIGHT_COUNT)
    .sort((a, b) => a.turn - b.turn)
    .map((d) => {
      const node = nodes.get(d.nodeId);
      return {
        turn: d.turn,
        nodeId: d.nodeId,
        patientText: node?.patient.text ?? '',
        chosenText: node?.choices.find((c) => c.id === d.choiceId)?.text ?? null,
        betterText: d.betterChoiceText ?? 'Waiting, and letting the silence do the work',
        why: d.why,
        evidence: d.evidence,
        regret: d.regret,
      };
    });
}

/** The ending the last decision led to (the ScoreCard keeps only its class). */
function endingReached(compiled: ScorableScenario, card: ScoreCard): Ending | null {
  const last = card.decisions.at(-1);
  if (!last || card.outcome === null) return null;
  const lookup = lookupScenario(compiled.scenario);
  const move = lookup.movesAt(last.nodeId).find((m) => m.id === (last.choiceId ?? TIMEOUT_MOVE));
  const target = move ? resolveTarget(move, last.after) : null;
  return (target && lookup.endings.get(target)) || null;
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
    dimensions: card.dimensions.map((d) => explainDimension(d, card)),
    highlights: highlights(compiled, card),
    outcome: { outcome, title: ending?.title ?? null, summary },
    miti: mitiSummaries(card.miti),
    evidenceIds: [...evidence],
  };
}
