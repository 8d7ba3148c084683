/**
 * The debrief's three takeaways, each about one of this attempt's actual
 * lines: what you said, what it did, and what would have worked better.
 * A strong attempt gets what went well and its one improvement; any other
 * gets the decisions that cost the most, topped up with what went well.
 */
import { HIGHLIGHT_COUNT, SCORE_BANDS } from '../model/parameters';
import { costliest, decisionDetail, SILENCE_OPTION } from './debrief-highlights';
import { lookupScenario } from './scenario-moves';
import type { DebriefTakeaway, DecisionReview, ScorableScenario, ScoreCard } from './scoring.types';

/** A stronger option longer than this many words is shortened… */
const SHORT_WORDS = 20;

/**
 * A line, short: whole if it has at most `most` words, else its first
 * sentences within that (if they say at least half as much), else its first
 * words and "…".
 */
export function shortLine(text: string, most = SHORT_WORDS): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= most) return words.join(' ');
  const head = words.slice(0, most);
  const end = head.findLastIndex((w) => /[.!?]["”’)\]]?$/.test(w));
  if (end + 1 >= most / 2) return head.slice(0, end + 1).join(' ');
  return `${words.slice(0, Math.max(1, most - 4)).join(' ')}…`;
}

/** How far a decision moved the meters the way the alliance needs (anger down; trust and agreement up). */
function gain(d: DecisionReview): number {
  const { before: b, after: a } = d;
  return b.anger - a.anger + (a.trust - b.trust) + (a.goalAgreement - b.goalAgreement) + (a.taskAgreement - b.taskAgreement);
}

export function buildTakeaways(compiled: ScorableScenario, card: ScoreCard): DebriefTakeaway[] {
  const { nodes } = lookupScenario(compiled.scenario);
  const strong = card.overall >= SCORE_BANDS.strong;
  // A strong attempt's one improvement may be small; any other's are the highlighted ones.
  const improve = (strong ? costliest(card, 0) : costliest(card)).slice(0, strong ? 1 : HIGHLIGHT_COUNT);
  const keep = card.decisions
    .filter((d) => d.betterChoiceId === null && gain(d) > 0)
    .sort((a, b) => gain(b) - gain(a) || a.turn - b.turn)
    .slice(0, HIGHLIGHT_COUNT - improve.length);

  const takeaway = (d: DecisionReview, kind: DebriefTakeaway['kind']): DebriefTakeaway => {
    const detail = decisionDetail(compiled, card, d);
    const ending = detail.next.endingTitle;
    return {
      ...detail,
      kind,
      turn: d.turn,
      said: nodes.get(d.nodeId)?.choices.find((c) => c.id === d.choiceId)?.text ?? null,
      did: `${detail.effect}${ending ? `, and the conversation ended (${ending})` : ''}.`,
      better: kind === 'improve' ? (d.betterChoiceText === null ? SILENCE_OPTION : shortLine(d.betterChoiceText)) : null,
      betterIsLine: kind === 'improve' && d.betterChoiceText !== null,
    };
  };
  const improvements = improve.map((d) => takeaway(d, 'improve'));
  const strengths = keep.map((d) => takeaway(d, 'keep'));
  return strong ? [...strengths, ...improvements] : [...improvements, ...strengths];
}
