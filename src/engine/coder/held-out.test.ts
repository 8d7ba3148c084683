import { describe, expect, it } from 'vitest';
import { FOLDS, foldOf, isHeldOut } from './held-out';

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, at) => `${prefix}-${String(at).padStart(4, '0')}`);

describe('the held-out split', () => {
  it('holds out exactly one line in each run of five numbers of a file, whatever the prefix', () => {
    for (const prefix of ['pt1', 'assess2', 'long1', 'contrast1']) {
      const all = ids(prefix, 1000);
      for (let block = 0; block < 1000; block += 5) expect(all.slice(block, block + 5).filter(isHeldOut)).toHaveLength(1);
    }
  });

  it('does not hold out the same place in every run, so authors writing in fives do not skew it', () => {
    const places = new Set(ids('speech1', 200).flatMap((id, at) => (isHeldOut(id) ? [at % 5] : [])));
    expect(places.size).toBe(5);
  });

  it('puts one line of each run of five in each fold, and the held-out line in fold 0', () => {
    const all = ids('mi3', 500);
    for (let block = 0; block < 500; block += FOLDS) {
      const run = all.slice(block, block + FOLDS);
      expect(new Set(run.map(foldOf))).toEqual(new Set([0, 1, 2, 3, 4]));
      expect(run.filter(isHeldOut)).toEqual(run.filter((id) => foldOf(id) === 0));
    }
  });

  it('holds out about one in five ids without a number', () => {
    const held = Array.from({ length: 2000 }, (_, at) => `line${'abcdefghij'[at % 10]}x${at}`).filter(isHeldOut).length;
    expect(held).toBeGreaterThan(340);
    expect(held).toBeLessThan(460);
  });
});
