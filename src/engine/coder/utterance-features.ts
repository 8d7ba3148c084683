import { CUES } from './cue-lexicon';
import type { ReadUtterance, Token } from './read-utterance';

/** One feature of an utterance, with the tokens that produced it (for the "why" the debrief shows). */
export interface Feature {
  name: string;
  /** Token span [from, to); both -1 for features of the whole turn (length, "?"). */
  from: number;
  to: number;
}

const CUE_PHRASES = Object.entries(CUES).map(([cue, phrases]) => ({
  cue,
  phrases: phrases.map((phrase) => phrase.split(' ')),
}));

const bucket = (value: number, edges: readonly number[]) => edges.findIndex((edge) => value <= edge);
const LENGTH_EDGES = [1, 3, 7, 15, 30, Infinity];

function matchesAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => words[at + offset] === word);
}

function cueFeatures(words: readonly string[], sentenceStarts: readonly number[], lastStart: number): Feature[] {
  const features: Feature[] = [];
  const starts = new Set(sentenceStarts);
  for (const { cue, phrases } of CUE_PHRASES) {
    for (const phrase of phrases) {
      for (let at = 0; at + phrase.length <= words.length; at += 1) {
        if (!matchesAt(words, at, phrase)) continue;
        const to = at + phrase.length;
        features.push({ name: `cue:${cue}`, from: at, to });
        // Where a cue sits matters: "what" opening a sentence asks; "so you" opening the last sentence reflects.
        if (starts.has(at)) features.push({ name: `cueStart:${cue}`, from: at, to });
        if (at >= lastStart) features.push({ name: `cueLast:${cue}`, from: at, to });
      }
    }
  }
  return features;
}

function ngramFeatures(tokens: readonly Token[]): Feature[] {
  const features: Feature[] = [];
  const words = tokens.map((token) => token.word);
  words.forEach((word, index) => {
    if (word === '?') return;
    features.push({ name: `u:${word}`, from: index, to: index + 1 });
    const next = words[index + 1];
    if (next && next !== '?') features.push({ name: `b:${word}_${next}`, from: index, to: index + 2 });
  });
  return features;
}

function positionFeatures(words: readonly string[], sentenceStarts: readonly number[]): Feature[] {
  const features: Feature[] = [];
  const last = sentenceStarts[sentenceStarts.length - 1] ?? 0;
  for (const start of sentenceStarts) {
    const first = words[start];
    const second = words[start + 1];
    if (!first || first === '?') continue;
    const where = start === last ? 'last' : start === 0 ? 'first' : 'mid';
    features.push({ name: `s1:${first}`, from: start, to: start + 1 });
    features.push({ name: `${where}1:${first}`, from: start, to: start + 1 });
    if (second && second !== '?') {
      features.push({ name: `s2:${first}_${second}`, from: start, to: start + 2 });
      features.push({ name: `${where}2:${first}_${second}`, from: start, to: start + 2 });
    }
  }
  return features;
}

function shapeFeatures(read: ReadUtterance, words: readonly string[]): Feature[] {
  const whole = (name: string): Feature => ({ name, from: -1, to: -1 });
  const content = words.filter((word) => word !== '?');
  const features = [whole(`len:${bucket(content.length, LENGTH_EDGES)}`), whole(`sentences:${Math.min(read.sentenceStarts.length, 4)}`)];
  if (read.hasQuestionMark) features.push(whole('mark:?'));
  if (read.endsWithQuestionMark) features.push(whole('mark:?end'));
  const questionMarks = words.filter((word) => word === '?').length;
  if (questionMarks >= 2) features.push(whole('mark:??'));
  const you = content.filter((word) => word === 'you' || word.startsWith("you'") || word === 'your').length;
  const me = content.filter((word) => word === 'i' || word.startsWith("i'") || word === 'me' || word === 'my').length;
  features.push(whole(`you:${Math.min(you, 3)}`), whole(`me:${Math.min(me, 3)}`));
  if (content.length === 0) features.push(whole('empty'));
  return features;
}

/** Every feature of an utterance; the model's weights give each its say. */
export function utteranceFeatures(read: ReadUtterance): Feature[] {
  const words = read.tokens.map((token) => token.word);
  const lastStart = read.sentenceStarts[read.sentenceStarts.length - 1] ?? 0;
  return [
    { name: 'bias', from: -1, to: -1 },
    ...shapeFeatures(read, words),
    ...ngramFeatures(read.tokens),
    ...positionFeatures(words, read.sentenceStarts),
    ...cueFeatures(words, read.sentenceStarts, lastStart),
  ];
}
