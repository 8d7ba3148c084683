/**
 * Surface cues that give the best response away, measured over the expert
 * (best) route's decisions: is the best option the longest, how much longer
 * is it, is it the only one that does no harm, and does it always look the
 * best on its own (no trade-offs)?
 */
import type { Choice, DialogueNode, Scenario } from '../../format/scenario.types';
import { playRoute } from '../play-route';
import { codeById } from '../../model/rubric';
import { lookupScenario } from '../scenario-moves';
import type { ScenarioAnalysis, ScorableScenario } from '../scoring.types';
import { charLength, wordCount } from './option-text';

export interface OptionStatistics {
  /** Best-route turns at a node with two or more options where the route chose an option (not the time limit). */
  decisions: number;
  /** Of those, how often the chosen option is longer (in characters) than every other option; a tie gives no cue, so it does not count. */
  bestIsLongest: number;
  bestIsLongestPercent: number | null;
  /** What guessing would give: the mean of 1 / number of options over the same decisions. */
  chanceLongestPercent: number | null;
  /** Mean over those decisions of the chosen option's words : the mean words of the others. */
  wordRatio: number | null;
  /** Nodes with two or more options, anywhere in the scenario. */
  allDecisions: number;
  /** Of those, how many have exactly one option with no damaging code. */
  oneSafeOption: number;
  oneSafeOptionPercent: number | null;
  /** Best-route decisions where another option carries more rubric points this turn than the best move. */
  locallyBestNotBest: number;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const percent = (part: number, whole: number) => (whole === 0 ? null : round((100 * part) / whole, 1));
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The rubric points a response earns this turn: the sum of its codes' weights. */
export function immediatePoints(choice: Pick<Choice, 'codes'>): number {
  return [...new Set(choice.codes)].reduce((sum, id) => sum + (codeById(id)?.weight ?? 0), 0);
}

/** Longer, in characters, than every other option: the cue a guessing trainee can use. */
export function isStrictlyLongest(choice: Choice, options: readonly Choice[]): boolean {
  return options.every((o) => o === choice || charLength(o.text) < charLength(choice.text));
}

const isSafe = (choice: Choice) => !choice.codes.some((id) => codeById(id)?.direction === 'damaging');

/** The nodes at which the best route picks one of several options, with the option it picks. */
export function bestRouteDecisions(
  compiled: ScorableScenario,
  analysis: ScenarioAnalysis,
): { node: DialogueNode; options: readonly Choice[]; best: Choice }[] {
  const lookup = lookupScenario(compiled.scenario);
  return playRoute(compiled, analysis.bestRoute).transcript.flatMap((turn) => {
    const node = lookup.nodes.get(turn.nodeId);
    const options = node?.choices ?? [];
    const best = options.find((c) => c.id === turn.choiceId);
    return node && best && options.length > 1 ? [{ node, options, best }] : [];
  });
}

function oneSafeOptionCount(scenario: Scenario): { decisions: number; oneSafe: number } {
  const decisions = scenario.nodes.filter((n) => n.choices.length > 1);
  return { decisions: decisions.length, oneSafe: decisions.filter((n) => n.choices.filter(isSafe).length === 1).length };
}

export function optionStatistics(compiled: ScorableScenario, analysis: ScenarioAnalysis): OptionStatistics {
  const decisions = bestRouteDecisions(compiled, analysis);
  let longest = 0;
  let notLocallyBest = 0;
  const ratios: number[] = [];
  for (const { options, best } of decisions) {
    if (isStrictlyLongest(best, options)) longest++;
    const others = options.filter((o) => o !== best).map((o) => wordCount(o.text));
    if (mean(others) > 0) ratios.push(wordCount(best.text) / mean(others));
    if (Math.max(...options.map(immediatePoints)) > immediatePoints(best) + 1e-9) notLocallyBest++;
  }
  const safe = oneSafeOptionCount(compiled.scenario);
  return {
    decisions: decisions.length,
    bestIsLongest: longest,
    bestIsLongestPercent: percent(longest, decisions.length),
    chanceLongestPercent: decisions.length === 0 ? null : round(100 * mean(decisions.map((d) => 1 / d.options.length)), 1),
    wordRatio: ratios.length === 0 ? null : round(mean(ratios), 2),
    allDecisions: safe.decisions,
    oneSafeOption: safe.oneSafe,
    oneSafeOptionPercent: percent(safe.oneSafe, safe.decisions),
    locallyBestNotBest: notLocallyBest,
  };
}
