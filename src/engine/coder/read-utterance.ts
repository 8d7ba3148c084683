/** The coder reads at most this many characters of a turn (the CLI and the player say when it cut). */
export const MAX_UTTERANCE_CHARS = 2000;

/** A word of the utterance, lower-cased, with where it sits in the (cut) text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** An utterance as the coder reads it: cut, tokenised, split into sentences. */
export interface ReadUtterance {
  text: string;
  truncated: boolean;
  tokens: Token[];
  /** Index of the first token of each sentence. */
  sentenceStarts: number[];
  hasQuestionMark: boolean;
  endsWithQuestionMark: boolean;
}

// Letters of any script, digits and inner apostrophes or hyphens make a word,
// so "don't", "mm-hmm" and "x-ray" stay whole; "?" is kept as a token because
// it is the strongest single cue, though transcribed speech often drops it.
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\?/gu;
const SENTENCE_END = /[.!?…]+/g;

function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

export function readUtterance(raw: string): ReadUtterance {
  const truncated = raw.length > MAX_UTTERANCE_CHARS;
  const text = normalise(truncated ? raw.slice(0, MAX_UTTERANCE_CHARS) : raw);
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0].toLowerCase().replace(/’/g, "'");
    tokens.push({ word: /^\d+$/.test(word) ? '<num>' : word, start: match.index, end: match.index + match[0].length });
  }
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index);
  const sentenceStarts: number[] = [];
  let nextEnd = 0;
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (!previous) return sentenceStarts.push(0);
    while (nextEnd < ends.length && (ends[nextEnd] as number) < previous.end) nextEnd += 1;
    const boundary = ends[nextEnd];
    if (boundary !== undefined && boundary >= previous.end && boundary < token.start && previous.word !== '?') sentenceStarts.push(index);
    else if (previous.word === '?') sentenceStarts.push(index);
    return undefined;
  });
  const trimmed = text.trimEnd();
  return {
    text,
    truncated,
    tokens,
    sentenceStarts,
    hasQuestionMark: text.includes('?'),
    endsWithQuestionMark: trimmed.endsWith('?'),
  };
}
