/**
 * Content-blind strategies: rules that pick a response from its text form,
 * its position or chance alone, never its meaning. If one of them scores like
 * a good trainee, the score rewards spotting the answer rather than skill.
 * Each picks from the options in the order they are shown; none ever lets a
 * time limit run out.
 */
import type { Choice, DialogueNode } from '../../format/scenario.types';
import { charLength, endsWithQuestion } from './option-text';

/** The options of a node in the order the trainee sees them. */
export type OptionOrder = (node: DialogueNode) => readonly Choice[];

/** The order as written in the file (until attempts shuffle options). */
export const authoredOrder: OptionOrder = (node) => node.choices;

export const STRATEGY_IDS = ['alwaysFirst', 'alwaysLongest', 'longestQuestion', 'random'] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

export interface Strategy {
  id: StrategyId;
  /** Picks one of `options` (never empty); `rand` is used by random play only. */
  pick: (options: readonly Choice[], rand: () => number) => Choice;
  /** Whether repeated plays can differ (played once per seed). */
  seeded: boolean;
}

/** The longest option by characters; ties go to the one shown first. */
function longest(options: readonly Choice[]): Choice {
  return options.reduce((best, option) => (charLength(option.text) > charLength(best.text) ? option : best));
}

export const STRATEGIES: readonly Strategy[] = [
  { id: 'alwaysFirst', seeded: false, pick: (options) => options[0]! },
  { id: 'alwaysLongest', seeded: false, pick: longest },
  {
    id: 'longestQuestion',
    seeded: false,
    pick: (options) => {
      const questions = options.filter((o) => endsWithQuestion(o.text));
      return longest(questions.length > 0 ? questions : options);
    },
  },
  { id: 'random', seeded: true, pick: (options, rand) => options[Math.min(options.length - 1, Math.floor(rand() * options.length))]! },
];

/** Plain names for reports and the Author page. */
export const STRATEGY_LABELS: Record<StrategyId, string> = {
  alwaysFirst: 'Always the first option',
  alwaysLongest: 'Always the longest option',
  longestQuestion: 'The longest question',
  random: 'Random choice',
};
