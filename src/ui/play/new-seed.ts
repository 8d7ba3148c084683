/**
 * A fresh choice-order seed for a new attempt. Drawn here, in the UI, from
 * the browser's CSPRNG: the engine stays pure and only ever replays a seed it
 * is given (see src/engine/runtime/choice-order.ts).
 */
export function newChoiceSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
