import { describe, expect, it } from 'vitest';
import fixtures from './uuid-v5.fixtures.json';
import { STATEMENT_NAMESPACE, uuidV5 } from './uuid-v5';

/*
 * Ids written by the hand-rolled v5 code before the switch to the uuid
 * package: statements already in an LRS keep their ids only if these match.
 */
describe('v5 ids stay byte-identical to the ones already sent', () => {
  it('keeps the statement namespace', () => {
    expect(STATEMENT_NAMESPACE).toBe(fixtures.namespace);
  });

  it.each(fixtures.ids)('gives $id for "$name"', ({ name, id, ...rest }) => {
    const namespace = 'namespace' in rest ? (rest.namespace as string) : undefined;
    expect(uuidV5(name, namespace)).toBe(id);
  });
});
