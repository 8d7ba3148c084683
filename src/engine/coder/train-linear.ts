import { seededRandom } from '../runtime/mulberry32';
import { sigmoid, softmax, type HeadSpec } from './linear-model';

/** One training example: feature indices present, and per head its target (label index, or a 0/1 per label for sigmoid heads). */
export interface TrainingExample {
  features: readonly number[];
  /** Softmax heads: the label index, or -1 when the head does not apply (a sub-label of another behaviour). */
  targets: ReadonlyArray<number | readonly number[]>;
}

/**
 * Training settings: design choices tuned on the training split only
 * (never the held-out part), kept fixed so the shipped weights replay.
 */
export const TRAINING = { epochs: 40, learningRate: 0.2, decay: 0.92, l2: 1e-4, seed: 20261203, positiveWeight: 2 } as const;

/** Plain stochastic gradient descent with a seeded shuffle, so the same corpus gives the same weights everywhere. */
export function trainLinear(heads: readonly HeadSpec[], featureCount: number, examples: readonly TrainingExample[]): Float64Array[] {
  const weights = heads.map((head) => new Float64Array(featureCount * head.labels.length));
  const random = seededRandom(TRAINING.seed);
  const order = examples.map((_, index) => index);
  let rate: number = TRAINING.learningRate;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      const swap = Math.floor(random() * (index + 1));
      [order[index], order[swap]] = [order[swap] as number, order[index] as number];
    }
    for (const at of order) {
      const example = examples[at] as TrainingExample;
      heads.forEach((head, headIndex) =>
        updateHead(head, weights[headIndex] as Float64Array, example.features, example.targets[headIndex], rate),
      );
    }
    rate *= TRAINING.decay;
  }
  return weights;
}

function updateHead(
  head: HeadSpec,
  weights: Float64Array,
  features: readonly number[],
  target: number | readonly number[] | undefined,
  rate: number,
) {
  if (target === undefined || target === -1) return;
  const width = head.labels.length;
  const scores = new Array<number>(width).fill(0);
  for (const feature of features)
    for (let label = 0; label < width; label += 1) scores[label] = (scores[label] as number) + (weights[feature * width + label] as number);
  const gradients =
    head.kind === 'softmax'
      ? softmax(scores).map((p, label) => p - (label === target ? 1 : 0))
      : scores.map((score, label) => {
          const wanted = (target as readonly number[])[label] ?? 0;
          // Codes are rare; weighting their positives keeps the model from learning "never".
          return (sigmoid(score) - wanted) * (wanted ? TRAINING.positiveWeight : 1);
        });
  for (const feature of features) {
    for (let label = 0; label < width; label += 1) {
      const cell = feature * width + label;
      const current = weights[cell] as number;
      weights[cell] = current - rate * ((gradients[label] as number) + TRAINING.l2 * current);
    }
  }
}
