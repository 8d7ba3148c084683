import type { z } from 'zod';
import type { Diagnostic } from './diagnostic.types';
import { makeDiagnostic } from './make-diagnostic';
import type { DocumentPath } from './make-diagnostic';
import { describePath } from './path-label';
import { PATIENT_STATE_VARIABLES } from './scenario.types';
import { scenarioSchema } from './scenario-schema';
import { fieldsAt } from './schema-walk';
import { NOT_BLANK, TIME_LIMIT_SECONDS } from './schema-parts';
import { didYouMean } from './suggest';

const EXPECTED: Record<string, string> = {
  string: 'text',
  int: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (field: value lines)',
};

function valueAt(data: unknown, path: DocumentPath): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** How a found value reads in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return 'a mapping';
}

const STATE_KEYED = new Set(['effects', 'initialState', 'when']);
const last = (path: DocumentPath) => path[path.length - 1];

type Issue = z.core.$ZodIssue;

function rangeText(issue: Issue & { code: 'too_big' | 'too_small' }): string {
  const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  const word = issue.code === 'too_big' ? 'at most' : 'at least';
  return `${word} ${bound}`;
}

/** One zod issue → the author-facing diagnostics (position filled later). */
function convert(issue: Issue, data: unknown, file: string): Diagnostic[] {
  const path = issue.path as DocumentPath;
  const found = valueAt(data, path);
  const at = (p: DocumentPath) => describePath(p, data);
  const one = (code: string, message: string, p: DocumentPath = path) => [makeDiagnostic(code, message, p, file)];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsAt(scenarioSchema, path);
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        if (STATE_KEYED.has(String(last(path)))) {
          return makeDiagnostic(
            'SCN019',
            `${at(keyPath)}: "${key}" is not a patient-state variable; use ${PATIENT_STATE_VARIABLES.join(', ')}${didYouMean(key, PATIENT_STATE_VARIABLES)}.`,
            keyPath,
            file,
          );
        }
        const hint =
          key === '$schema' ? ' (link the schema with the "# yaml-language-server: $schema=…" comment instead)' : didYouMean(key, allowed);
        return makeDiagnostic('SCN012', `${at(path)}: unknown field "${key}"${hint}.`, keyPath, file);
      });
    }
    case 'invalid_type': {
      if (found === undefined) return one('SCN011', `${at(path.slice(0, -1))}: missing required field "${String(last(path))}".`);
      if (issue.expected === 'int' && typeof found === 'number')
        return one('SCN014', `${at(path)} must be a whole number (found ${found}).`);
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const hint = issue.expected === 'array' && typeof found === 'string' ? ` (write a list: [${found}])` : '';
      return one('SCN013', `${at(path)} must be ${expected}, not ${describeValue(found)}${hint}.`);
    }
    case 'too_big':
    case 'too_small': {
      if (issue.origin === 'array') {
        if (issue.code === 'too_small' && last(path) === 'choices')
          return one('SCN021', `${at(path.slice(0, -1))} has no choices; every node needs at least one (or make it an ending).`);
        return one(
          'SCN017',
          `${at(path)} must have ${rangeText(issue)} item${Number(issue.code === 'too_big' ? issue.maximum : issue.minimum) === 1 ? '' : 's'}.`,
        );
      }
      if (issue.origin === 'string') {
        return one(
          'SCN016',
          issue.code === 'too_big' ? `${at(path)} is too long: ${rangeText(issue)} characters.` : `${at(path)} must not be empty.`,
        );
      }
      if (last(path) === 'seconds' && path[path.length - 2] === 'timeLimit') {
        return one(
          'SCN020',
          `${at(path)} must be from ${TIME_LIMIT_SECONDS.min} to ${TIME_LIMIT_SECONDS.max} seconds (found ${describeValue(found)}).`,
        );
      }
      return one('SCN014', `${at(path)} must be ${rangeText(issue)} (found ${describeValue(found)}).`);
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      if (pattern === String(NOT_BLANK)) return one('SCN016', `${at(path)} must not be empty.`);
      const rule =
        last(path) === 'id' && path.length === 1
          ? 'lower-case letters, digits and single hyphens (it names the file)'
          : 'letters, digits, "-" and "_", starting with a letter or digit';
      return one('SCN018', `${at(path)}: ${describeValue(found)} is not a valid id; use ${rule}.`);
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const word = typeof found === 'string' ? found : '';
      if (path.includes('codes'))
        return one('SCN022', `${at(path)}: ${describeValue(found)} is not a behaviour code in the rubric${didYouMean(word, options)}.`);
      return one('SCN015', `${at(path)} must be one of ${options.join(', ')}; found ${describeValue(found)}${didYouMean(word, options)}.`);
    }
    default:
      return one('SCN013', `${at(path)}: ${issue.message}.`);
  }
}

/** zod's issues → coded diagnostics in an author's words, one per problem. */
export function issuesToDiagnostics(issues: readonly Issue[], data: unknown, file: string): Diagnostic[] {
  return issues.flatMap((issue) => convert(issue, data, file));
}
