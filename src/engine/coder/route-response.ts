import type { CodedResponse } from './coder.types';
import { readUtterance } from './read-utterance';

/** An authored option as free-text routing sees it. */
export interface RoutableOption {
  id: string;
  text: string;
  codes: readonly string[];
}

/** How closely a typed response matches one option, and why. */
export interface OptionMatch {
  id: string;
  score: number;
  sharedCodes: string[];
}

/**
 * How much each kind of likeness counts when a typed response is matched to
 * an authored option. Codes lead, because the option's codes are what the
 * score and the patient react to; the option's wording breaks ties between
 * options coded alike. A design choice, not a finding.
 */
export const ROUTING_WEIGHTS = { codes: 0.7, words: 0.3 } as const;

// Words that carry no meaning of their own for matching a reply to an option.
const FUNCTION_WORDS = new Set(
  "a an the and or but so to of in on at for with by from that this it it's is are was were be been i i'm i've i'd you you're you've your we we'll us me my do does did have has had can could would will just like um uh er really very yeah okay ok right well then there what how".split(
    ' ',
  ),
);

function contentWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { word } of readUtterance(text).tokens) {
    if (word === '?' || FUNCTION_WORDS.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [word, count] of a) dot += count * (b.get(word) ?? 0);
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((sum, v) => sum + v * v, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** Soft Jaccard: the codes both show, weighted by the coder's confidence, over everything either shows. */
function codeLikeness(response: CodedResponse, option: RoutableOption): { likeness: number; shared: string[] } {
  const found = new Map(response.codes.map((code) => [code.code, code.confidence]));
  const shared = option.codes.filter((code) => found.has(code));
  if (found.size === 0 && option.codes.length === 0) return { likeness: 1, shared };
  const overlap = shared.reduce((sum, code) => sum + (found.get(code) ?? 0), 0);
  const union = [...found.values()].reduce((sum, c) => sum + c, 0) + option.codes.filter((code) => !found.has(code)).length;
  return { likeness: union === 0 ? 0 : overlap / union, shared };
}

/** The authored options ranked by how closely they match what the trainee typed, best first (ties keep authored order). */
export function rankOptions(response: CodedResponse, options: readonly RoutableOption[]): OptionMatch[] {
  const words = contentWords(response.text);
  return options
    .map((option, index) => {
      const { likeness, shared } = codeLikeness(response, option);
      const score = ROUTING_WEIGHTS.codes * likeness + ROUTING_WEIGHTS.words * cosine(words, contentWords(option.text));
      return { match: { id: option.id, score: Math.round(score * 1000) / 1000, sharedCodes: shared }, index };
    })
    .sort((a, b) => b.match.score - a.match.score || a.index - b.index)
    .map(({ match }) => match);
}
