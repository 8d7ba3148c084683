import type { CoderWeights, HeadSpec } from './linear-model';

/**
 * The weights as shipped: each feature's row of hundredths written as one
 * character a weight. Half the weights are zero and most are small, so a row
 * of short characters gzips to a quarter less than the same row as JSON
 * numbers (which also measured smaller than a sparse list of index–weight
 * pairs); the lazy coder chunk is what the browser downloads.
 */
export interface PackedCoderWeights {
  /** 2: rows packed as characters (version 1 shipped them as number arrays). */
  version: 2;
  heads: HeadSpec[];
  trainedOn: CoderWeights['trainedOn'];
  features: Record<string, string>;
}

// Printable ASCII without what needs escaping in JSON (" and \) or in the
// template literal the bundler wraps big JSON in (` and $): 91 characters.
const ALPHABET = [...Array(95).keys()].map((at) => String.fromCharCode(32 + at)).filter((char) => !'"\\`$'.includes(char));
/** Hundredths from -SMALL to SMALL take one character; the rest an escape and two base-91 digits. */
const SMALL = (ALPHABET.length - 3) / 2;
const UP = 2 * SMALL + 1;
const DOWN = 2 * SMALL + 2;
const BASE = ALPHABET.length;
const LARGEST = SMALL + BASE * BASE;
const INDEX = new Map(ALPHABET.map((char, at) => [char, at]));

export function packRow(row: readonly number[]): string {
  return row
    .map((weight) => {
      const hundredths = Math.round(weight * 100);
      const size = Math.abs(hundredths);
      if (size <= SMALL) return ALPHABET[hundredths + SMALL];
      if (size > LARGEST) throw new Error(`weight ${weight} is too large to pack`);
      const rest = size - SMALL - 1;
      return `${ALPHABET[hundredths > 0 ? UP : DOWN]}${ALPHABET[Math.floor(rest / BASE)]}${ALPHABET[rest % BASE]}`;
    })
    .join('');
}

export function unpackRow(text: string, width: number): number[] {
  const row: number[] = [];
  const digit = (at: number) => {
    const value = INDEX.get(text[at] ?? '');
    if (value === undefined) throw new Error(`packed weights hold an unexpected character at ${at}`);
    return value;
  };
  for (let at = 0; at < text.length; at += 1) {
    const code = digit(at);
    if (code < UP) row.push((code - SMALL) / 100 + 0);
    else {
      const size = SMALL + 1 + digit(at + 1) * BASE + digit(at + 2);
      row.push((code === UP ? size : -size) / 100);
      at += 2;
    }
  }
  if (row.length !== width) throw new Error(`a packed row holds ${row.length} weights, not ${width}`);
  return row;
}

export function packWeights({ heads, trainedOn, features }: CoderWeights): PackedCoderWeights {
  return {
    version: 2,
    heads,
    trainedOn,
    features: Object.fromEntries(Object.entries(features).map(([name, row]) => [name, packRow(row)])),
  };
}

export function unpackWeights(packed: PackedCoderWeights): CoderWeights {
  if (packed.version !== 2) throw new Error(`the coder's weights are in format ${String(packed.version)}, not 2`);
  const width = packed.heads.reduce((sum, head) => sum + head.labels.length, 0);
  const features: Record<string, number[]> = {};
  for (const [name, text] of Object.entries(packed.features)) features[name] = unpackRow(text, width);
  return { version: 1, heads: packed.heads, trainedOn: packed.trainedOn, features };
}
