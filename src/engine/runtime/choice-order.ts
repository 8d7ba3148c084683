import type { Choice } from '../format/scenario.types';
import { mulberry32 } from './mulberry32';

/**
 * The order a node's choices are shown in for one attempt.
 *
 * Why shuffle: authors tend to write the best response first (or last), so
 * a fixed order lets a trainee learn the position instead of the skill.
 * Why seeded: the same attempt must show the same order after a reload, a
 * "try again from this decision" or an LMS resume, and a replay must be
 * exact on any machine. So the order is a pure function of the attempt's
 * 32-bit seed and the node id (mixed, so nodes of one attempt differ),
 * computed with integer arithmetic only (mulberry32 over an FNV-1a hash);
 * Math.random is never used. Transcripts record choice ids, not positions,
 * so scoring does not depend on the order.
 *
 * A `pin` keeps an option in its place: `first` options lead and `last`
 * options close, each group in authored order; the rest are shuffled
 * between them. Without a seed (null) the authored order is kept.
 */

/** What the order needs of a choice. */
export type OrderableChoice = Pick<Choice, 'id' | 'pin'>;

const UINT32_MAX = 0xffffffff;

/** Whether `seed` is a usable attempt seed: an unsigned 32-bit integer. */
export function isChoiceSeed(seed: unknown): seed is number {
  return typeof seed === 'number' && Number.isInteger(seed) && seed >= 0 && seed <= UINT32_MAX;
}

/** FNV-1a (32-bit) over the id's UTF-16 code units: the same on every engine. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** murmur3's finaliser, so nearby seeds and ids do not give related streams. */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fisher–Yates in place; each index is scaled from a 32-bit draw (bias under 2^-29 for six options). */
function shuffle<T>(items: T[], next: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor((next() / 2 ** 32) * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/**
 * The choices of node `nodeId` in display order for an attempt with `seed`
 * (null: authored order). Throws for a seed that is not an unsigned 32-bit
 * integer (a programming error: seeds come from the host, not from authors).
 */
export function choiceOrder<T extends OrderableChoice>(seed: number | null, nodeId: string, choices: readonly T[]): T[] {
  if (seed === null) return [...choices];
  if (!isChoiceSeed(seed)) throw new Error(`Choice-order seed must be an unsigned 32-bit integer, got ${String(seed)}`);
  const first = choices.filter((choice) => choice.pin === 'first');
  const last = choices.filter((choice) => choice.pin === 'last');
  const free = choices.filter((choice) => choice.pin === undefined);
  shuffle(free, mulberry32(mix(seed ^ hashId(nodeId))));
  return [...first, ...free, ...last];
}
