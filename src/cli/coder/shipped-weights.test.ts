import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainFromCorpus } from '../train-coder';
import { readCorpus, WEIGHTS_PATH } from './coder-files';

const root = join(import.meta.dirname, '../../..');

describe('the shipped response-coder weights', () => {
  it('are exactly what `npm run train-coder` makes from the corpus', () => {
    const result = trainFromCorpus(root);
    expect(result.problems).toEqual([]);
    expect(readFileSync(join(root, WEIGHTS_PATH), 'utf8')).toBe(result.text);
  });

  it('come from a corpus whose every line is well formed, with unique ids', () => {
    expect(readCorpus(root).problems).toEqual([]);
  });
});
