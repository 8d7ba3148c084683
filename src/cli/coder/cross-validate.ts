import { codeResponse, FOLDS, foldOf, trainCoder, type CodedResponse, type CorpusUtterance } from '../../engine/authoring';
import { agreement, type CoderEvaluation } from './evaluate';

/**
 * Five-fold cross-validation: each fold is coded by a model trained on the
 * other four, and agreement is counted over every utterance at once. A rare
 * code has only a handful of held-out lines; here it has all of them, so its
 * kappa moves less when a line or two is added.
 */
export function crossValidate(utterances: readonly CorpusUtterance[]): CoderEvaluation {
  const coded: CodedResponse[] = new Array<CodedResponse>(utterances.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = trainCoder(utterances.filter((utterance) => foldOf(utterance.id) !== fold));
    utterances.forEach((utterance, at) => {
      if (foldOf(utterance.id) === fold) coded[at] = codeResponse(utterance.text, model);
    });
  }
  return agreement(utterances, coded);
}
