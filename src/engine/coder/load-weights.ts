import type { CoderWeights } from './linear-model';

/** The shipped weights, as a chunk of their own: the player fetches them only when free-text mode is used. */
export async function loadCoderWeights(): Promise<CoderWeights> {
  const module = await import('./coder-weights.json');
  return module.default as unknown as CoderWeights;
}
