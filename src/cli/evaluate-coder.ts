/**
 * npm run evaluate-coder -- [--json] [--folds]
 * Cohen's kappa between the corpus's held-out labels and the shipped coder,
 * per MITI behaviour, per sub-label and per rubric code. With --folds, five-fold
 * cross-validation over the whole corpus instead (five trainings, about a minute).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { heldOutSplit, readCorpus, readWeights } from './coder/coder-files';
import { crossValidate } from './coder/cross-validate';
import { evaluateCoder, formatEvaluation } from './coder/evaluate';

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.cwd();
  const { utterances } = readCorpus(root);
  const folds = process.argv.includes('--folds');
  const evaluation = folds ? crossValidate(utterances) : evaluateCoder(heldOutSplit(utterances), readWeights(root));
  const title = folds ? `Five-fold cross-validation, every utterance coded by a model not trained on it: ${evaluation.items}` : undefined;
  console.log(process.argv.includes('--json') ? JSON.stringify(evaluation, null, 2) : formatEvaluation(evaluation, title));
}
