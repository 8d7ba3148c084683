/**
 * Every number the patient model and the scorer use, in one place.
 *
 * These are DESIGN PARAMETERS, NOT FINDINGS. The evidence (seeds/evidence.json)
 * says which behaviours help or harm the alliance and roughly in which order;
 * it gives no effect sizes in points. The values below were chosen so that
 * scenarios play plausibly, and should be calibrated against WAI-SR and CARE
 * ratings from standardised-patient pilots before anyone reads them as data.
 * The per-code default effects and weights live in seeds/rubric.json.
 */
import type { OutcomeClass, StateEffects } from '../format/scenario.types';

/** Patient-state variables are integers on this closed range. */
export const STATE_MIN = 0;
export const STATE_MAX = 100;

/** "Connect before you direct": above this anger, goal/task codes are weakened. */
export const GATING_ANGER_THRESHOLD = 60;
export const GATED_CODES: readonly string[] = ['GOAL', 'BARR', 'SEEK', 'AUT', 'PWP'];
export const GATING_FACTOR = 0.5;

/** The same code in consecutive turns counts half (parroting does not pay). */
export const REPEAT_FACTOR = 0.5;

/** Injustice (0–100) scales these codes' whole effect by (1 + injustice / 100). */
export const INJUSTICE_BENEFIT_CODES: readonly string[] = ['VAL', 'INJ'];
export const INJUSTICE_HARM_CODES: readonly string[] = ['DIS', 'REAS', 'DEF'];
export const INJUSTICE_DIVISOR = 100;

/** A respectful limit helps only with a patient this angry (Project BETA domain 8). */
export const LIM_CODE = 'LIM';
export const LIM_HELPFUL_ANGER = 70;
export const LIM_HELPFUL_EFFECT: StateEffects = { anger: -10, trust: 2 };
/** Points per dimension for a limit set when it was not needed (rubric weight applies otherwise). */
export const LIM_MISPLACED_WEIGHT = -1;

/** Thresholds for the expression derived from state (first match wins). */
export const EXPRESSION_THRESHOLDS = {
  hostileAnger: 85,
  angryAnger: 65,
  irritatedAnger: 45,
  guardedTrustBelow: 35,
  warmTrust: 70,
  warmAngerBelow: 25,
  relievedAgreement: 60,
  relievedAngerBelow: 30,
} as const;

/** How much each ending class is worth in the overall blend (0–1). */
export const OUTCOME_VALUES: Record<OutcomeClass, number> = {
  alliance: 1,
  partial: 0.6,
  disengaged: 0.2,
  escalated: 0,
};
/** An unfinished conversation earns no outcome credit. */
export const UNFINISHED_OUTCOME_VALUE = 0;
/** Share of the overall blend carried by the ending; the dimensions share the rest equally. */
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
 * Search budgets (engineering limits, not model parameters). The exact search
 * stops after this long or this many conversation states (about 100 bytes
 * each) and falls back to greedy estimates. The shipped scenarios need
 * 11k–700k states, at most about half a second in Node. The decision review
 * in the trainee's browser searches only near the trainee's path (a few
 * hundred states), gets a shorter budget and falls back per decision.
 */
export const ANALYSIS_BUDGET_MS = 15_000;
export const REVIEW_BUDGET_MS = 3_000;
export const ANALYSIS_STATE_BUDGET = 1_500_000;
/** Longest conversation the analysis follows (guards against loops). */
export const MAX_ROUTE_TURNS = 200;

/** Debrief: how many decisions to highlight, and the least regret worth highlighting. */
export const HIGHLIGHT_COUNT = 3;
export const HIGHLIGHT_MIN_REGRET = 0.5;
/** Score bands for debrief headlines (0–100). */
export const SCORE_BANDS = { strong: 75, developing: 45 } as const;
