import { DIMENSIONS, seededRandom, type Dimension, type OutcomeClass } from '../../engine/trainee';

/**
 * The made-up part of a synthetic cohort: who the trainees are and what each
 * attempt chose and scored. Deterministic for a seed, so tests and benches
 * see the same cohort every run. Not a model of real trainees.
 */

export const SYNTHETIC_SCENARIOS = [
  { id: 'work-injury-claim', title: 'Nobody believes me' },
  { id: 'waiting-list', title: 'Eight months on a waiting list' },
  { id: 'second-opinion', title: 'Another therapist, another theory' },
  { id: 'return-to-work', title: 'Back to work on Monday' },
];

export const SYNTHETIC_NODES = ['opening-1', 'exploring-1', 'exploring-2', 'goals-1', 'plan-1', 'closing-1'];

/** Response tiers, best first, with their codes and how much each helps the conversation. */
const TIERS = [
  { codes: ['CR', 'VAL'], quality: 1 },
  { codes: ['EXP'], quality: 0.65 },
  { codes: ['REAS'], quality: 0.25 },
  { codes: ['ARG', 'DEF'], quality: 0 },
];
const LETTERS = ['a', 'b', 'c', 'd'];
const FIRST_NAMES = ['Ana', 'Ben', 'Chiara', 'Dev', 'Esi', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam'];

export { seededRandom };

const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));

export interface PlannedDecision {
  nodeId: string;
  choiceId: string;
  codes: string[];
  quality: number;
}

export interface PlannedAttempt {
  scenarioIndex: number;
  startedAt: number;
  finishedAt: number;
  abandoned: boolean;
  decisions: PlannedDecision[];
  outcome: OutcomeClass | null;
  overall: number | null;
  dimensions: Record<Dimension, number> | null;
}

export function traineeName(index: number): string {
  return `${FIRST_NAMES[index % FIRST_NAMES.length]} ${String(index + 1).padStart(3, '0')}`;
}

function decide(random: () => number, skill: number, scenarioIndex: number, nodeIndex: number): PlannedDecision {
  const nodeId = SYNTHETIC_NODES[nodeIndex]!;
  if (random() < 0.03) return { nodeId, choiceId: 'timeout', codes: [], quality: 0.2 };
  const r = random();
  const tier = r < skill ? 0 : r < skill + (1 - skill) * 0.5 ? 1 : r < skill + (1 - skill) * 0.8 ? 2 : 3;
  // Rotate which letter is best, so the item analysis is not "always a".
  const letter = LETTERS[(tier + nodeIndex + scenarioIndex) % LETTERS.length]!;
  return { nodeId, choiceId: letter, codes: TIERS[tier]!.codes, quality: TIERS[tier]!.quality };
}

/** One attempt by a trainee of a given skill (0–1) at a given time. */
export function planAttempt(random: () => number, skill: number, scenarioIndex: number, startedAt: number): PlannedAttempt {
  const abandoned = random() < 0.05;
  const length = abandoned ? 1 + Math.floor(random() * (SYNTHETIC_NODES.length - 1)) : SYNTHETIC_NODES.length;
  const decisions = Array.from({ length }, (_, i) => decide(random, skill, scenarioIndex, i));
  const finishedAt = startedAt + (4 + Math.floor(random() * 8)) * 60_000;
  if (abandoned) {
    return { scenarioIndex, startedAt, finishedAt, abandoned, decisions, outcome: null, overall: null, dimensions: null };
  }
  const quality = decisions.reduce((sum, d) => sum + d.quality, 0) / decisions.length;
  const overall = clamp(quality * 100 + (random() - 0.5) * 16);
  const outcome: OutcomeClass = quality >= 0.75 ? 'alliance' : quality >= 0.5 ? 'partial' : quality >= 0.3 ? 'disengaged' : 'escalated';
  const dimensions = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, clamp(overall + (random() - 0.5) * 24)])) as Record<
    Dimension,
    number
  >;
  return { scenarioIndex, startedAt, finishedAt, abandoned, decisions, outcome, overall, dimensions };
}
