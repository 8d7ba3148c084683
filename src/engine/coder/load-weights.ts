import type { CoderWeights } from './linear-model';
import { unpackWeights, type PackedCoderWeights } from './packed-weights';

/** The shipped weights, as a chunk of their own: the player fetches them only when free-text mode is used. */
export async function loadCoderWeights(): Promise<CoderWeights> {
  const module = await import('./coder-weights.json');
  return unpackWeights(module.default as unknown as PackedCoderWeights);
}
