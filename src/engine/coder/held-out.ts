import { fnv1a64 } from '../runtime/content-hash';

/** The corpus splits into this many folds; fold 0 is the held-out part. */
export const FOLDS = 5;

/**
 * A number from 0 to 4 picked by `key`. Hashed twice: keys that differ only in
 * their last characters (file-0041, file-0042) leave FNV-1a's low and high
 * digits in step, which once held out 0% of one file and 30% of another.
 */
const pick = (key: string) => Number.parseInt(fnv1a64(fnv1a64(`held-out:${key}`)).slice(-8), 16) % FOLDS;

/**
 * Which fold a line is in. Ids are a file's prefix and a number, so each run
 * of five numbers (0000–0004, 0005–0009, …) in a file gives one line to each
 * fold, the order chosen by a hash: every file holds out its fifth, and the
 * split never changes when lines are added, in that file or elsewhere.
 */
export function foldOf(id: string): number {
  const numbered = /^(.+)-(\d+)$/.exec(id);
  if (!numbered) return pick(id);
  const at = Number(numbered[2]);
  return (at - pick(`${numbered[1]}:${Math.floor(at / FOLDS)}`) + FOLDS) % FOLDS;
}

/** One utterance in five is kept out of training and used only to measure agreement. */
export const isHeldOut = (id: string) => foldOf(id) === 0;
