/**
 * The coder's linear model: a weight per feature per label, in heads.
 * A softmax head picks one label (the MITI behaviour, or its sub-label);
 * a sigmoid head says yes or no to each label alone (the rubric codes,
 * several of which can hold in one turn).
 */
export interface HeadSpec {
  name: string;
  kind: 'softmax' | 'sigmoid';
  labels: readonly string[];
}

/** Rounded weights as shipped: feature name → one number per label of every head, heads in order. */
export interface CoderWeights {
  version: 1;
  heads: HeadSpec[];
  features: Record<string, number[]>;
  trainedOn: { utterances: number; corpusDigest: string };
}

export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

export const sigmoid = (score: number) => 1 / (1 + Math.exp(-score));

/** Where each head's labels start in a feature's weight row. */
export function headOffsets(heads: readonly HeadSpec[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const head of heads) {
    offsets.push(at);
    at += head.labels.length;
  }
  return offsets;
}

/** The raw score of every label of every head, summed over the features present. */
export function scoreRow(weights: CoderWeights, featureNames: Iterable<string>): number[] {
  const width = weights.heads.reduce((sum, head) => sum + head.labels.length, 0);
  const scores = new Array<number>(width).fill(0);
  for (const name of featureNames) {
    const row = weights.features[name];
    if (!row) continue;
    for (let index = 0; index < width; index += 1) scores[index] = (scores[index] as number) + (row[index] ?? 0);
  }
  return scores;
}
