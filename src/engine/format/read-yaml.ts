import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { LoadOptions } from 'js-yaml';
import type { Diagnostic } from './diagnostic.types';
import { makeDiagnostic, positionAt } from './make-diagnostic';
import type { SourcePosition } from './make-diagnostic';
import { explainSyntaxError, firstContent } from './syntax-hints';

/** Larger files are refused unread; a 1,000-node scenario is about 800 KB. */
export const MAX_SOURCE_CHARS = 2_000_000;
/** Values visited (aliases expanded) before reading gives up. */
export const MAX_VALUES = 250_000;
export const MAX_DEPTH = 40;

export type ReadResult = { data: Record<string, unknown>; diagnostics: [] } | { data: null; diagnostics: Diagnostic[] };

const START: SourcePosition = { line: 1, col: 1 };
const fail = (code: string, message: string, file: string, position = START): ReadResult => ({
  data: null,
  diagnostics: [makeDiagnostic(code, message, [], file, position)],
});

const TOO_MANY = `it expands to more than ${MAX_VALUES.toLocaleString('en')} values (check YAML aliases such as *name)`;

/**
 * Counts values the way a validator would see them, with aliases expanded,
 * without recursion (so deep nesting cannot overflow the stack). js-yaml
 * shares aliased objects, so an "alias bomb" costs nothing to load but
 * billions of steps to walk; this stops it after MAX_VALUES.
 */
function exceedsBudget(root: unknown): string | null {
  // Parallel stacks instead of [value, depth] tuples: this runs on every
  // load, so it avoids allocating per value.
  const values: object[] = [];
  const depths: number[] = [];
  if (typeof root === 'object' && root !== null) {
    values.push(root);
    depths.push(0);
  }
  let visited = 1;
  while (values.length > 0) {
    const value = values.pop() as Record<string, unknown>;
    const depth = (depths.pop() as number) + 1;
    if (depth > MAX_DEPTH) return `it nests more than ${MAX_DEPTH} levels deep`;
    if (Array.isArray(value)) {
      // Same order as for…in over the indices, without turning each index into a string key.
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (++visited > MAX_VALUES) return TOO_MANY;
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth);
        }
      }
      continue;
    }
    for (const key in value) {
      const child = value[key];
      if (++visited > MAX_VALUES) return TOO_MANY;
      if (typeof child === 'object' && child !== null) {
        values.push(child);
        depths.push(depth);
      }
    }
  }
  return null;
}

function lastDocumentMarker(source: string): SourcePosition {
  const markers = [...source.matchAll(/^---(?:[ \t]|$)/gm)].filter((m) => m.index > 0);
  const last = markers.at(-1);
  return last ? positionAt(source, last.index) : START;
}

const onlyComments = (source: string) =>
  source.split('\n').every((line) => {
    const text = line.trim();
    return text === '' || text.startsWith('#') || text === '---' || text === '...';
  });

/**
 * Source text → plain data, in bounded time and memory, never throwing:
 * size cap, binary check, YAML (core schema: no custom types), alias and
 * depth budget, and a mapping at the top. `listener` sees js-yaml's nodes
 * (a SourceLocator's, to place diagnostics without reading the file again).
 */
export function readYaml(source: string, file: string, listener?: LoadOptions['listener']): ReadResult {
  if (source.length > MAX_SOURCE_CHARS) {
    const mb = (source.length / 1_000_000).toFixed(1);
    return fail('SCN002', `The file is ${mb} MB; scenarios are limited to ${MAX_SOURCE_CHARS / 1_000_000} MB.`, file);
  }
  const nul = source.indexOf('\u0000');
  const replacement = source.indexOf('\uFFFD');
  const binaryAt = nul === -1 ? replacement : replacement === -1 ? nul : Math.min(nul, replacement);
  if (binaryAt !== -1) {
    return fail('SCN003', 'The file contains NUL bytes or invalid UTF-8; save it as plain UTF-8 text.', file, positionAt(source, binaryAt));
  }
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA, filename: file, listener });
  } catch (error) {
    if (!(error instanceof YAMLException)) return fail('SCN005', 'The document is too deeply nested to read.', file);
    if (!error.mark)
      return fail(
        'SCN004',
        'YAML syntax error: the file holds more than one document; remove the "---" line that starts the second.',
        file,
        lastDocumentMarker(source),
      );
    const position = { line: error.mark.line + 1, col: error.mark.column + 1 };
    if (error.reason === 'duplicated mapping key') {
      return fail('SCN010', 'This field appears twice in the same mapping.', file, position);
    }
    const explained = explainSyntaxError(error.reason, source, position);
    return fail('SCN004', `YAML syntax error: ${explained.message}.`, file, explained.position);
  }
  if (data === undefined || (data === null && onlyComments(source))) {
    return fail('SCN001', 'The file is empty.', file);
  }
  const tooComplex = exceedsBudget(data);
  if (tooComplex) return fail('SCN005', `The document is too complex to read: ${tooComplex}.`, file);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const kind = Array.isArray(data) ? 'a list' : 'a single value';
    return fail(
      'SCN006',
      `The top level of a scenario must be a mapping of fields (schemaVersion:, id:, title: …), not ${kind}.`,
      file,
      firstContent(source),
    );
  }
  return { data: data as Record<string, unknown>, diagnostics: [] };
}
