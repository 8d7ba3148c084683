import {
  BEHAVIOURS,
  categoryKappa,
  codeResponse,
  cohenKappa,
  type CodedResponse,
  type CoderWeights,
  type CorpusUtterance,
} from '../../engine/authoring';

export interface KappaRow {
  category: string;
  kappa: number;
  /** Items the experts (the corpus) put in the category. */
  support: number;
  items: number;
}

export interface CoderEvaluation {
  items: number;
  behaviourKappa: number;
  behaviourAccuracy: number;
  perBehaviour: KappaRow[];
  perSubLabel: KappaRow[];
  perCode: KappaRow[];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Agreement between the corpus's labels and the coder's, on utterances it was not trained on. */
export const evaluateCoder = (heldOut: readonly CorpusUtterance[], weights: CoderWeights): CoderEvaluation =>
  agreement(
    heldOut,
    heldOut.map((utterance) => codeResponse(utterance.text, weights)),
  );

/** Agreement between the corpus's labels and the coder's reading of each utterance (`coded`, in the same order). */
export function agreement(heldOut: readonly CorpusUtterance[], coded: readonly CodedResponse[]): CoderEvaluation {
  const expected = heldOut.map((utterance) => utterance.behaviour as string);
  const observed = coded.map((response) => response.behaviour as string);
  const row = (category: string, e: string[], o: string[]): KappaRow => ({
    category,
    kappa: round(categoryKappa(e, o, category)),
    support: e.filter((label) => label === category).length,
    items: e.length,
  });
  const subLabel = (behaviour: 'question' | 'reflection' | 'input'): KappaRow => {
    const both = heldOut.flatMap((utterance, index) =>
      utterance.behaviour === behaviour && coded[index]?.behaviour === behaviour
        ? [[String(utterance.kind), String(coded[index]?.[behaviour])]]
        : [],
    );
    return {
      category: `${behaviour} kind`,
      kappa: round(
        cohenKappa(
          both.map((p) => p[0] as string),
          both.map((p) => p[1] as string),
        ),
      ),
      support: both.length,
      items: both.length,
    };
  };
  const codes = [...new Set(heldOut.flatMap((utterance) => utterance.codes))].sort();
  return {
    items: heldOut.length,
    behaviourKappa: round(cohenKappa(expected, observed)),
    behaviourAccuracy: round(expected.filter((label, index) => label === observed[index]).length / Math.max(1, expected.length)),
    perBehaviour: BEHAVIOURS.map((behaviour) => row(behaviour, expected, observed)),
    perSubLabel: [subLabel('question'), subLabel('reflection'), subLabel('input')],
    perCode: codes.map((code) => {
      const e = heldOut.map((utterance) => (utterance.codes.includes(code) ? code : '-'));
      const o = coded.map((response) => (response.codes.some((found) => found.code === code) ? code : '-'));
      return row(code, e, o);
    }),
  };
}

export function formatEvaluation(evaluation: CoderEvaluation, title = `Held-out utterances: ${evaluation.items}`): string {
  const line = (r: KappaRow) => `  ${r.category.padEnd(18)} κ ${r.kappa.toFixed(2).padStart(5)}   (${r.support} of ${r.items})`;
  return [
    title,
    `MITI behaviour (4 categories): κ ${evaluation.behaviourKappa.toFixed(2)}, agreement ${(evaluation.behaviourAccuracy * 100).toFixed(1)}%`,
    'Per behaviour (that category against the rest):',
    ...evaluation.perBehaviour.map(line),
    'Sub-labels (where both chose the behaviour):',
    ...evaluation.perSubLabel.map(line),
    'Per rubric code (present or not):',
    ...evaluation.perCode.map(line),
  ].join('\n');
}
