/**
 * Every number the patient model and the scorer use, in one place.
 *
 * These are DESIGN PARAMETERS unless `MODEL_PARAMETERS` below names the
 * evidence a number rests on. The evidence (seeds/evidence.json) tells us
 * which behaviours help or harm the alliance and in which direction; it gives
 * no effect sizes in points. The values were chosen so that scenarios play
 * plausibly and should be calibrated against WAI-SR and CARE ratings from
 * standardised-patient pilots before anyone reads them as data. The per-code
 * default effects and weights live in seeds/rubric.json.
 */
import type { OutcomeClass, StateEffects } from '../format/scenario.types';

/** Patient-state variables are integers on this closed range. */
export const STATE_MIN = 0;
export const STATE_MAX = 100;

/**
 * "Connect before you direct": above this anger, goal/task codes are weakened.
 * The assessment codes (consent to examine, safety screen, medication check,
 * referral, mood screen) are gated too: done while the patient is still very
 * angry they are the right act at the wrong time, worth half, never harmful.
 */
export const GATING_ANGER_THRESHOLD = 60;
export const GATED_CODES: readonly string[] = ['GOAL', 'BARR', 'SEEK', 'AUT', 'PWP', 'CONS', 'SCRN', 'MEDS', 'REFR', 'MOOD'];
export const GATING_FACTOR = 0.5;

/** The same code in consecutive turns counts half (parroting does not pay). */
export const REPEAT_FACTOR = 0.5;

/**
 * Perceived injustice as resistance (Scott 2016; the review): it slows trust
 * gains and anger relief by (1 − RESISTANCE_PER_INJUSTICE × injustice/100)
 * and lowers the trust reachable in one conversation to
 * 100 − CEILING_DROP_PER_INJUSTICE × injustice. It never speeds recovery.
 */
export const RESISTANCE_PER_INJUSTICE = 0.4;
export const CEILING_DROP_PER_INJUSTICE = 0.3;

/** A respectful limit helps only with a patient this angry (Project BETA domain 8). */
export const LIM_CODE = 'LIM';
export const LIM_HELPFUL_ANGER = 70;
export const LIM_HELPFUL_EFFECT: StateEffects = { anger: -10, trust: 2 };
/** Communication points for a limit set when it was not needed (rubric weight applies otherwise). */
export const LIM_MISPLACED_WEIGHT = -1;

/** Thresholds for the expression derived from state (first match wins). */
export const EXPRESSION_THRESHOLDS = {
  hostileAnger: 85,
  angryAnger: 65,
  irritatedAnger: 45,
  guardedTrustBelow: 35,
  warmTrust: 60,
  warmAngerBelow: 25,
  relievedAgreement: 50,
  relievedAngerBelow: 30,
} as const;

/** How much each ending class is worth in the overall score (0–1). */
export const OUTCOME_VALUES: Record<OutcomeClass, number> = {
  alliance: 1,
  partial: 0.6,
  disengaged: 0.2,
  escalated: 0,
};
/** An unfinished conversation earns no outcome credit. */
export const UNFINISHED_OUTCOME_VALUE = 0;
/** Share of the overall score carried by the ending; the dimensions share the rest equally. */
export const OUTCOME_WEIGHT = 0.4;

/** MITI 4.2.1 summary thresholds (fair / good), from the manual via PMC9461167 Table 3. */
export const MITI_RQ = { fair: 1, good: 2 } as const;
export const MITI_PERCENT_CR = { fair: 40, good: 50 } as const;
/** Counts banding for adherent / non-adherent codes: design parameters, not MITI thresholds. */
export const ADHERENT_COUNT = { fair: 1, good: 2 } as const;
export const NON_ADHERENT_COUNT = { fair: 1, good: 0 } as const;
/** A QQ turn stands for a string of questions; it counts as this many in R:Q. */
export const QQ_QUESTION_COUNT = 3;

/**
 * Search budgets (engineering limits, not model parameters), counted in
 * conversation states and never in wall time, so the same file gives the same
 * analysis and decision review on any machine. A state costs about 100 bytes.
 */
export const ANALYSIS_STATE_BUDGET = 1_500_000;
/** The decision review in the trainee's browser searches near the trainee's path. */
export const REVIEW_STATE_BUDGET = 200_000;
/** Longest conversation the analysis follows (guards against loops). */
export const MAX_ROUTE_TURNS = 200;

/** Debrief: how many decisions to highlight, and the least regret worth highlighting. */
export const HIGHLIGHT_COUNT = 3;
export const HIGHLIGHT_MIN_REGRET = 0.5;
/** Score bands for debrief headlines (0–100). */
export const SCORE_BANDS = { strong: 75, developing: 45 } as const;

/** What a parameter rests on: evidence ids from seeds/evidence.json, or a design guess. */
export interface ParameterBasis {
  name: string;
  value: string;
  basis: 'evidence' | 'design';
  /** The evidence ids behind the rule (its direction), even where the number is a guess. */
  evidence: readonly string[];
  note: string;
}

/**
 * Every model parameter with its basis. A rule's DIRECTION may rest on
 * evidence while its NUMBER is a design guess: `basis` speaks of the number.
 */
export const MODEL_PARAMETERS: readonly ParameterBasis[] = [
  {
    name: 'Connect before you direct',
    value: `anger ≥ ${GATING_ANGER_THRESHOLD}: ×${GATING_FACTOR}`,
    basis: 'design',
    evidence: ['beta-model-three-steps', 'digiuseppe-1994-goal-agreement', 'design-gating-connect-before-direct'],
    note: 'Goal and task moves land poorly while the patient is angry; threshold and factor are guesses.',
  },
  {
    name: 'Diminishing returns',
    value: `×${REPEAT_FACTOR}`,
    basis: 'design',
    evidence: ['design-repetition'],
    note: 'Repeating the same move in consecutive turns pays half.',
  },
  {
    name: 'Injustice resistance',
    value: `×(1 − ${RESISTANCE_PER_INJUSTICE} × injustice/100)`,
    basis: 'design',
    evidence: ['kinney-2020-negative-injustice', 'scott-2016-injustice-anger', 'design-injustice-resistance'],
    note: 'Perceived injustice weakens the alliance: trust gains and anger relief are slowed; the factor is a guess.',
  },
  {
    name: 'Trust ceiling',
    value: `100 − ${CEILING_DROP_PER_INJUSTICE} × injustice`,
    basis: 'design',
    evidence: ['kinney-2020-negative-injustice', 'design-injustice-resistance'],
    note: 'The trust one conversation can reach falls as injustice rises; the slope is a guess.',
  },
  {
    name: 'Gains slow near the ceiling',
    value: 'gain × room left/100',
    basis: 'design',
    evidence: ['design-asymmetry'],
    note: 'Trust and agreement gains shrink as they near their ceiling, and anger relief shrinks as anger falls, so no route pins a meter.',
  },
  {
    name: 'Losses at full strength',
    value: '×1',
    basis: 'design',
    evidence: ['design-asymmetry', 'kinney-2020-negative-anger'],
    note: 'Anger rises and trust falls at the full effect: the alliance is lost faster than it is rebuilt.',
  },
  {
    name: 'Respectful limit (LIM)',
    value: `anger ≥ ${LIM_HELPFUL_ANGER}`,
    basis: 'design',
    evidence: ['beta-domain-8-limits', 'design-lim-threshold'],
    note: 'Below that anger a limit provokes.',
  },
  {
    name: 'Outcome weight',
    value: `${OUTCOME_WEIGHT}`,
    basis: 'design',
    evidence: ['design-parameter'],
    note: 'Share of the overall score carried by how the conversation ended.',
  },
  {
    name: 'MITI R:Q and %CR bands',
    value: `R:Q ${MITI_RQ.fair}/${MITI_RQ.good}, %CR ${MITI_PERCENT_CR.fair}/${MITI_PERCENT_CR.good}`,
    basis: 'evidence',
    evidence: ['miti-4.2.1-thresholds'],
    note: 'Fair and good thresholds from the MITI 4.2.1 manual.',
  },
];
