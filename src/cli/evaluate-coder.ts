/**
 * npm run evaluate-coder -- [--json]
 * Cohen's kappa between the corpus's held-out labels and the shipped coder,
 * per MITI behaviour, per sub-label and per rubric code.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { heldOutSplit, readCorpus, readWeights } from './coder/coder-files';
import { evaluateCoder, formatEvaluation } from './coder/evaluate';

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.cwd();
  const evaluation = evaluateCoder(heldOutSplit(readCorpus(root).utterances), readWeights(root));
  console.log(process.argv.includes('--json') ? JSON.stringify(evaluation, null, 2) : formatEvaluation(evaluation));
}
