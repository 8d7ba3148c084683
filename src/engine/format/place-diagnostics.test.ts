import { describe, expect, it } from 'vitest';
import { makeDiagnostic } from './make-diagnostic';
import { placeDiagnostics } from './place-diagnostics';
import { createSourceLocator } from './source-locator';

const choice = (first: string, second: string) => `nodes:
  - id: n1
    choices:
      - id: a
${first}
${second}
`;
const NEXT = '        next: n2';
const ROUTES = '        routes:\n          - when: { anger: { atLeast: 70 } }\n            next: bad\n          - next: n2';
const PATH = ['nodes', 0, 'choices', 0, 'routes'];

const place = (source: string, code: string) =>
  placeDiagnostics([makeDiagnostic(code, 'm', PATH, 'f')], createSourceLocator(source)).map(({ line, col }) => `${line}:${col}`);

describe('placeDiagnostics', () => {
  it('puts SCN038 (both next and routes) on the name of the field written second', () => {
    expect(place(choice(NEXT, ROUTES), 'SCN038')).toEqual(['6:9']);
    expect(place(choice(ROUTES, NEXT), 'SCN038')).toEqual(['9:9']);
  });

  it('places other codes on the value at their path', () => {
    expect(place(choice(NEXT, ROUTES), 'SCN039')).toEqual(['7:11']);
  });
});
