import { fnv1a64 } from '../runtime/content-hash';
import { BEHAVIOURS, INPUT_KINDS, QUESTION_KINDS, REFLECTION_KINDS, type CorpusUtterance } from './coder.types';
import type { CoderWeights, HeadSpec } from './linear-model';
import { readUtterance } from './read-utterance';
import { trainLinear, type TrainingExample } from './train-linear';
import { utteranceFeatures } from './utterance-features';

/** A feature seen in fewer training utterances than this is noise for a linear model, and weight the chunk need not carry. */
const MIN_FEATURE_COUNT = 3;
/** Weights are rounded so the shipped file is small and the same on every machine. */
const DECIMALS = 2;
/** Smaller weights barely move a score; dropping them halves the chunk the browser downloads. */
const PRUNE_BELOW = 0.02;

export const featureNamesOf = (text: string) => [...new Set(utteranceFeatures(readUtterance(text)).map((feature) => feature.name))];

function headsFor(codes: readonly string[]): HeadSpec[] {
  return [
    { name: 'behaviour', kind: 'softmax', labels: BEHAVIOURS },
    { name: 'question', kind: 'softmax', labels: QUESTION_KINDS },
    { name: 'reflection', kind: 'softmax', labels: REFLECTION_KINDS },
    { name: 'input', kind: 'softmax', labels: INPUT_KINDS },
    { name: 'codes', kind: 'sigmoid', labels: codes },
  ];
}

function targetsOf(utterance: CorpusUtterance, heads: readonly HeadSpec[]): TrainingExample['targets'] {
  const sub = (behaviour: string, head: HeadSpec) =>
    utterance.behaviour === behaviour && utterance.kind ? head.labels.indexOf(utterance.kind) : -1;
  const [behaviour, question, reflection, input, codes] = heads as [HeadSpec, HeadSpec, HeadSpec, HeadSpec, HeadSpec];
  return [
    behaviour.labels.indexOf(utterance.behaviour),
    sub('question', question),
    sub('reflection', reflection),
    sub('input', input),
    codes.labels.map((code) => (utterance.codes.includes(code) ? 1 : 0)),
  ];
}

/** Trains the coder on the given utterances (the training split) and returns the weights to ship. */
export function trainCoder(utterances: readonly CorpusUtterance[]): CoderWeights {
  const codes = [...new Set(utterances.flatMap((utterance) => utterance.codes))].sort();
  const heads = headsFor(codes);
  const named = utterances.map((utterance) => featureNamesOf(utterance.text));
  const counts = new Map<string, number>();
  for (const names of named) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const kept = [...counts]
    .filter(([, count]) => count >= MIN_FEATURE_COUNT)
    .map(([name]) => name)
    .sort();
  const index = new Map(kept.map((name, at) => [name, at]));
  const examples = utterances.map((utterance, at) => ({
    features: (named[at] as string[]).flatMap((name) => (index.has(name) ? [index.get(name) as number] : [])),
    targets: targetsOf(utterance, heads),
  }));
  const trained = trainLinear(heads, kept.length, examples);
  const scale = 10 ** DECIMALS;
  const features: Record<string, number[]> = {};
  kept.forEach((name, at) => {
    const row = heads.flatMap((head, headIndex) =>
      head.labels.map((_, label) => {
        const weight = (trained[headIndex] as Float64Array)[at * head.labels.length + label] as number;
        return Math.abs(weight) < PRUNE_BELOW ? 0 : Math.round(weight * scale) / scale + 0;
      }),
    );
    if (row.some((value) => value !== 0)) features[name] = row;
  });
  const digest = fnv1a64(utterances.map((u) => `${u.id}\t${u.text}\t${u.behaviour}\t${u.kind}\t${u.codes.join(',')}`).join('\n'));
  return { version: 1, heads, features, trainedOn: { utterances: utterances.length, corpusDigest: digest } };
}
