import type { Dimension, OutcomeClass } from '../../engine/trainee';

/**
 * One attempt as the cohort dashboard needs it, whatever it came from: a
 * trainee's JSON export today, LRS statements later (the xAPI module maps its
 * statements to this shape and hands them to the same aggregation).
 */
export interface CohortAttempt {
  attemptId: string;
  /** Identifies the trainee across files: the profile id from their browser. */
  traineeKey: string;
  traineeName: string;
  programId: string | null;
  scenarioId: string;
  scenarioTitle: string;
  finishedAt: number;
  status: 'completed' | 'abandoned';
  outcome: OutcomeClass | null;
  /** 0–100, or null when the attempt was not scored (abandoned). */
  overall: number | null;
  dimensions: Partial<Record<Dimension, number>>;
  /** Each decision in order: the node, what was chosen ('timeout' for silence) and its codes. */
  decisions: { nodeId: string; choiceId: string; codes: string[] }[];
}

/** What became of an attempt, for item analysis; 'unfinished' covers abandoned attempts. */
export type AttemptResult = OutcomeClass | 'unfinished';

export interface SummaryStats {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

/** A 0–100 score distribution: ten bins of ten points (the last includes 100). */
export interface Distribution {
  stats: SummaryStats | null;
  bins: { from: number; to: number; count: number }[];
}

export interface CohortCell {
  attempts: number;
  /** Best and latest overall score; null when no attempt was scored. */
  best: number | null;
  latest: number | null;
  latestOutcome: AttemptResult;
  latestAt: number;
}

export interface ChoiceStats {
  choiceId: string;
  count: number;
  /** Of all responses at this node, 0–1. */
  share: number;
  codes: string[];
  results: Record<AttemptResult, number>;
}

export interface NodeStats {
  nodeId: string;
  /** The earliest turn it was reached on: nodes are listed in conversation order. */
  firstTurn: number;
  responses: number;
  choices: ChoiceStats[];
}

export interface CohortSummary {
  attemptCount: number;
  scoredCount: number;
  /** Attempts seen in more than one file (same attempt id): counted once. */
  duplicateCount: number;
  /** One per profile id, however many share a name; `label` tells them apart (see traineeLabels). */
  trainees: { key: string; name: string; programId: string | null; detail: string | null; label: string }[];
  scenarios: { id: string; title: string }[];
  /** cells[traineeIndex][scenarioIndex], aligned with `trainees` and `scenarios`. */
  cells: (CohortCell | null)[][];
  overall: Distribution;
  dimensions: { dimension: Dimension; distribution: Distribution }[];
  /** Mean overall score per UTC day that had scored attempts, oldest first. */
  progress: { day: number; attempts: number; meanOverall: number }[];
  items: { scenarioId: string; title: string; nodes: NodeStats[] }[];
}
