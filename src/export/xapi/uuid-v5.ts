import { v5 } from 'uuid';

/**
 * Namespace for Common Ground's name-based UUIDs (itself the v5 UUID of
 * "https://common-ground.example/xapi" in the RFC 9562 URL namespace; fixed
 * forever, since changing it would change every statement id).
 */
export const STATEMENT_NAMESPACE = 'c703224c-2254-5d3c-a220-779708e4d05c';

/** RFC 9562 version 5 UUID of `name` in `namespace`: the same inputs always give the same id. */
export function uuidV5(name: string, namespace: string = STATEMENT_NAMESPACE): string {
  return v5(name, namespace);
}
