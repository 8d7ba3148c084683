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
  /**
   * The score check (verify-attempt.ts) of an attempt read from a file; absent
   * for sources with no transcript to check (LRS statements, synthetic cohorts).
   * `overall`, `dimensions` and `decisions` are re-derived from the transcript
   * unless the check is 'cannot-verify'.
   */
  check?: { status: 'verified' | 'mismatch' | 'cannot-verify'; claimed: number | null; text: string };
  /**
   * Where it came from (a file name, "LRS: <host>", "this device"), and a
   * digest of its record: the same id with other content is a conflict.
   */
  source?: string;
  fingerprint?: string;
}

/** An attempt flagged by its score check, for the dashboard's list. */
export interface FlaggedAttempt {
  attemptId: string;
  traineeName: string;
  scenarioTitle: string;
  source: string | null;
  /** In plain words: "Claimed 100, transcript gives 29." */
  text: string;
}

/** Two or more records with one attempt id and different content; every one of them is counted and shown. */
export interface AttemptConflict {
  attemptId: string;
  records: { source: string | null; traineeName: string; overall: number | null }[];
}

export interface ScoreChecks {
  verified: number;
  mismatched: number;
  cannotVerify: number;
  /** From sources with nothing to check (LRS statements). */
  unchecked: number;
  flagged: FlaggedAttempt[];
  conflicts: AttemptConflict[];
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
  /** Attempts here whose claimed score does not follow from their transcript, or whose id another record also has. */
  flagged: number;
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
  /** Identical attempts seen in more than one file (same id, same content): counted once. */
  duplicateCount: number;
  /** What the score checks found, and every conflicting attempt id. */
  checks: ScoreChecks;
  /** One per profile id, however many share a name; `label` tells them apart (see traineeLabels). */
  trainees: {
    key: string;
    name: string;
    programId: string | null;
    detail: string | null;
    label: string;
    /** Where this trainee's attempts came from, in the order first seen: a file name, "LRS: <host>" or "this device". */
    sources: string[];
  }[];
  scenarios: { id: string; title: string }[];
  /** cells[traineeIndex][scenarioIndex], aligned with `trainees` and `scenarios`. */
  cells: (CohortCell | null)[][];
  overall: Distribution;
  dimensions: { dimension: Dimension; distribution: Distribution }[];
  /** Mean overall score per UTC day that had scored attempts, oldest first. */
  progress: { day: number; attempts: number; meanOverall: number }[];
  items: { scenarioId: string; title: string; nodes: NodeStats[] }[];
}
