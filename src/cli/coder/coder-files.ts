import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isHeldOut,
  packWeights,
  parseCorpus,
  unpackWeights,
  type CorpusProblem,
  type CorpusUtterance,
  type PackedCoderWeights,
} from '../../engine/authoring';
import type { CoderWeights } from '../../engine/trainee';

export const CORPUS_DIR = 'src/engine/coder/corpus';
export const WEIGHTS_PATH = 'src/engine/coder/coder-weights.json';
const RUBRIC_PATH = 'seeds/rubric.json';

export function rubricCodes(root: string): Set<string> {
  const rubric = JSON.parse(readFileSync(join(root, RUBRIC_PATH), 'utf8')) as { codes: Array<{ id: string }> };
  return new Set(rubric.codes.map((entry) => entry.id));
}

/** Every corpus file, parsed; duplicate ids across files are problems too. */
export function readCorpus(root: string): { utterances: CorpusUtterance[]; problems: CorpusProblem[] } {
  const codes = rubricCodes(root);
  const files = readdirSync(join(root, CORPUS_DIR))
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  const utterances: CorpusUtterance[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const parsed = parseCorpus(file, readFileSync(join(root, CORPUS_DIR, file), 'utf8'), codes);
    problems.push(...parsed.problems);
    for (const utterance of parsed.utterances) {
      if (seen.has(utterance.id)) problems.push({ file, line: 0, message: `duplicate id ${utterance.id}` });
      seen.add(utterance.id);
      utterances.push(utterance);
    }
  }
  return { utterances, problems };
}

export const trainingSplit = (utterances: readonly CorpusUtterance[]) => utterances.filter((utterance) => !isHeldOut(utterance.id));
export const heldOutSplit = (utterances: readonly CorpusUtterance[]) => utterances.filter((utterance) => isHeldOut(utterance.id));

/** Packed, one feature a line, so a retrained model's diff shows which features moved. */
export function formatWeights(weights: CoderWeights): string {
  const { features, ...header } = packWeights(weights);
  const rows = Object.keys(features)
    .sort()
    .map((name) => `    ${JSON.stringify(name)}: ${JSON.stringify(features[name])}`);
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  return `${head},\n  "features": {\n${rows.join(',\n')}\n  }\n}\n`;
}

export const readWeights = (root: string): CoderWeights =>
  unpackWeights(JSON.parse(readFileSync(join(root, WEIGHTS_PATH), 'utf8')) as PackedCoderWeights);
