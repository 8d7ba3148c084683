/**
 * Thresholds of the score-validity lints (SCN130–SCN132) and the settings of
 * the content-blind strategies. These are DESIGN CHOICES, not findings: each
 * line says why it was picked, and any of them may be revisited.
 */

/** SCN130: a rule that never reads the patient should score like a weak trainee; 40 is well below a competent attempt yet above what random play usually earns. */
export const BLIND_STRATEGY_MAX_SCORE = 40;

/** SCN131: with three or four options chance is 25–33%, so more than 35% means length is a cue rather than a coincidence. */
export const BEST_IS_LONGEST_MAX_PERCENT = 35;

/** Random play: the fixed seeds averaged. With 8 the mean of a small scenario swung from 13 to 56 against a true 30; 64 keep it within a few points and still cost about a millisecond per check. */
export const RANDOM_SEEDS: readonly number[] = Array.from({ length: 64 }, (_, i) => i + 1);

/** SCN130 for random play: reaching the best ending class counts only when more than this share of seeds do, since one lucky walk is no leak. */
export const RANDOM_BEST_ENDING_SHARE = 0.5;

/**
 * SCN130 for random play needs at least this many decisions on the best route.
 * Random play has no form cue to exploit: its score measures how forgiving the
 * choices are, and with only a few two-way decisions chance alone finds the best
 * answers often (one time in eight over three). The figure is still reported.
 */
export const RANDOM_MIN_DECISIONS = 6;

/** A strategy stops after this many turns, so a scenario that loops cannot hang the checker (the analysis uses the same depth). */
export const MAX_STRATEGY_TURNS = 200;
