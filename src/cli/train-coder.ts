/**
 * npm run train-coder
 * Trains the response coder on the corpus's training split and writes the
 * weights the app ships. A test retrains and fails when the shipped file differs.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trainCoder } from '../engine/authoring';
import { formatWeights, readCorpus, trainingSplit, WEIGHTS_PATH } from './coder/coder-files';

export function trainFromCorpus(root: string): { text: string; problems: string[]; trainedOn: number } {
  const { utterances, problems } = readCorpus(root);
  const training = trainingSplit(utterances);
  return {
    text: formatWeights(trainCoder(training)),
    problems: problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
    trainedOn: training.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.cwd();
  const result = trainFromCorpus(root);
  if (result.problems.length) {
    console.error(result.problems.join('\n'));
    process.exitCode = 1;
  } else {
    writeFileSync(join(root, WEIGHTS_PATH), result.text);
    console.log(`Trained on ${result.trainedOn} utterances; wrote ${WEIGHTS_PATH} (${Math.round(result.text.length / 1024)} KB).`);
  }
}
