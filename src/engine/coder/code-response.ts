import type { Behaviour, CodedRubricCode, CodedResponse, InputKind, QuestionKind, ReflectionKind } from './coder.types';
import { headOffsets, scoreRow, sigmoid, softmax, type CoderWeights } from './linear-model';
import { readUtterance, type ReadUtterance } from './read-utterance';
import { utteranceFeatures, type Feature } from './utterance-features';

/** A code is reported when the model is at least this sure of it (a design choice). */
export const CODE_THRESHOLD = 0.5;
const MAX_WORDS_PER_CODE = 3;
// Words too common to explain anything on their own ("it", "you"): a reason shown to a trainee should be a phrase that carries meaning.
const TOO_COMMON = new Set([
  'i',
  'you',
  "you're",
  'it',
  "it's",
  'the',
  'a',
  'an',
  'and',
  'so',
  'to',
  'of',
  'that',
  'this',
  'is',
  'be',
  'all',
  'um',
  'uh',
  'just',
  'like',
  'me',
  'my',
  'we',
  'in',
  'on',
  'for',
  'with',
  'at',
  'do',
  'your',
]);

function explains(feature: Feature, read: ReadUtterance): boolean {
  if (feature.from < 0) return false;
  if (!feature.name.startsWith('u:') && !feature.name.startsWith('s1:') && !/^(first|mid|last)1:/.test(feature.name)) return true;
  return !TOO_COMMON.has(read.tokens[feature.from]?.word ?? '');
}

function headProbabilities(
  weights: CoderWeights,
  scores: readonly number[],
  headName: string,
): { labels: readonly string[]; probabilities: number[] } {
  const at = weights.heads.findIndex((head) => head.name === headName);
  const head = weights.heads[at];
  if (!head) throw new Error(`the coder's weights have no "${headName}" head`);
  const start = headOffsets(weights.heads)[at] as number;
  const raw = scores.slice(start, start + head.labels.length);
  return { labels: head.labels, probabilities: head.kind === 'softmax' ? softmax(raw) : raw.map(sigmoid) };
}

function argmax(labels: readonly string[], probabilities: readonly number[]): { label: string; probability: number } {
  let best = 0;
  probabilities.forEach((p, index) => {
    if (p > (probabilities[best] as number)) best = index;
  });
  return { label: labels[best] as string, probability: probabilities[best] as number };
}

/** The words whose features pushed hardest towards a code, in the order they appear. */
function wordsFor(weights: CoderWeights, read: ReadUtterance, features: readonly Feature[], column: number): string[] {
  const pushes = features
    .filter((feature) => explains(feature, read))
    .map((feature) => ({ feature, push: weights.features[feature.name]?.[column] ?? 0 }))
    .filter((entry) => entry.push > 0)
    .sort((a, b) => b.push - a.push);
  const spans: Array<[number, number]> = [];
  for (const { feature } of pushes) {
    if (spans.length >= MAX_WORDS_PER_CODE) break;
    if (spans.some(([from, to]) => feature.from < to && from < feature.to)) continue;
    spans.push([feature.from, feature.to]);
  }
  return spans.sort((a, b) => a[0] - b[0]).map(([from, to]) => read.text.slice(read.tokens[from]!.start, read.tokens[to - 1]!.end));
}

/** How the coder reads one trainee utterance: its MITI behaviour, the rubric codes it shows, and why. */
export function codeResponse(text: string, weights: CoderWeights): CodedResponse {
  const read = readUtterance(text);
  const unreadable = !read.tokens.some((token) => /\p{L}/u.test(token.word));
  const base = { text: read.text, truncated: read.truncated, unreadable };
  if (unreadable) return { ...base, behaviour: 'other', behaviourConfidence: 1, question: null, reflection: null, input: null, codes: [] };
  const features = utteranceFeatures(read);
  const scores = scoreRow(weights, new Set(features.map((feature) => feature.name)));
  const behaviourHead = headProbabilities(weights, scores, 'behaviour');
  const { label, probability } = argmax(behaviourHead.labels, behaviourHead.probabilities);
  const behaviour = label as Behaviour;
  const sub = (head: string) =>
    argmax(headProbabilities(weights, scores, head).labels, headProbabilities(weights, scores, head).probabilities).label;
  const codeHead = headProbabilities(weights, scores, 'codes');
  const codeColumn = headOffsets(weights.heads)[weights.heads.findIndex((head) => head.name === 'codes')] as number;
  const codes: CodedRubricCode[] = codeHead.labels
    .map((code, index) => ({ code, confidence: Math.round((codeHead.probabilities[index] as number) * 100) / 100, index }))
    .filter((entry) => entry.confidence >= CODE_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence)
    .map(({ code, confidence, index }) => ({ code, confidence, words: wordsFor(weights, read, features, codeColumn + index) }));
  return {
    ...base,
    behaviour,
    behaviourConfidence: Math.round(probability * 100) / 100,
    question: behaviour === 'question' ? (sub('question') as QuestionKind) : null,
    reflection: behaviour === 'reflection' ? (sub('reflection') as ReflectionKind) : null,
    input: behaviour === 'input' ? (sub('input') as InputKind) : null,
    codes,
  };
}
