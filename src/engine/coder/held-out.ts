import { fnv1a64 } from '../runtime/content-hash';

const SHARE = 5;

/**
 * A number from 0 to 4 picked by `key`. Hashed twice: keys that differ only in
 * their last characters (file-0041, file-0042) leave FNV-1a's low and high
 * digits in step, which once held out 0% of one file and 30% of another.
 */
const pick = (key: string) => Number.parseInt(fnv1a64(fnv1a64(`held-out:${key}`)).slice(-8), 16) % SHARE;

/**
 * One utterance in five is kept out of training. Ids are a file's prefix and a
 * number, so each run of five numbers (0001–0005, 0006–0010, …) in a file
 * gives one line, chosen by a hash: every file holds out its fifth, and the
 * split never changes when lines are added, in that file or elsewhere.
 */
export function isHeldOut(id: string): boolean {
  const numbered = /^(.+)-(\d+)$/.exec(id);
  if (!numbered) return pick(id) === 0;
  const at = Number(numbered[2]);
  return pick(`${numbered[1]}:${Math.floor(at / SHARE)}`) === at % SHARE;
}
