/**
 * Test inputs for node-positions.test.ts: the repository's scenarios and
 * fixtures, seeded mutations of them, and seeded documents from a small YAML
 * grammar that stresses indentation, empty values, comments, flow and block
 * scalars.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : path.endsWith('.yaml') ? [path] : [];
  });
}

/** [name, text] of every scenario and fixture file. */
export const repositoryYaml = (): [string, string][] =>
  [...yamlFiles(join(ROOT, 'scenarios')), ...yamlFiles(join(ROOT, 'tests/fixtures'))].map((f) => [f, readFileSync(f, 'utf8')]);

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const INSERTS = [
  ' ',
  '  ',
  '-',
  ':',
  '#',
  '"',
  "'",
  '\n',
  '>',
  '|',
  '[',
  ']',
  '{',
  '}',
  ',',
  'a',
  '0',
  '\\',
  '- ',
  ': ',
  ' #',
  '\n  ',
  '\n- ',
  '\n-\n',
  '~',
  'null',
  '.5',
  '-1',
  '\\u00e9',
  "''",
];

/** `count` copies of `text`, each with one to three small edits (characters, indentation, duplicated lines). */
export function mutations(text: string, count: number, seed: number): string[] {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, () => {
    let t = text;
    for (let edits = 1 + Math.floor(rand() * 3); edits > 0; edits--) {
      const at = Math.floor(rand() * t.length);
      const lines = t.split('\n');
      const li = Math.floor(rand() * lines.length);
      const r = rand();
      if (r < 0.35) t = t.slice(0, at) + pick(INSERTS) + t.slice(at);
      else if (r < 0.55) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rand() * 3));
      else if (r < 0.75) {
        lines[li] = rand() < 0.5 ? ` ${lines[li]}` : lines[li]!.replace(/^ /, '');
        t = lines.join('\n');
      } else {
        lines.splice(li, 0, pick(lines));
        t = lines.join('\n');
      }
    }
    return t;
  });
}

const SCALARS = [
  'a',
  'hello world',
  '12',
  '-3',
  '0.5',
  '.5',
  '1e3',
  '0x1F',
  '1_000',
  'true',
  'False',
  'null',
  '~',
  'yes',
  'n',
  "'q'",
  "'it''s'",
  '"dq"',
  '"a\\tb"',
  '"\\u00e9"',
  'C#',
  'a #c',
  'x:y',
  '12:30',
  '[a, b]',
  '[]',
  '{}',
  '{ a: 1 }',
  '{ a: { b: [1, 2] } }',
  '[a, [b]]',
  '.inf',
  '+1',
  '007',
  'a, b',
  '[ a , b ]',
  'é',
  '""',
  "''",
];
const ODD = [
  'x: y',
  '- a',
  '-',
  '?',
  '"open',
  "'",
  '>-',
  '|',
  '&a x',
  '*a',
  '!t x',
  '%x',
  '`x',
  'end:',
  '#c',
  'a]',
  '[a,]',
  '{a: 1}',
  '@x',
];
const KEYS = [
  'id',
  'text',
  'a',
  'b',
  'c',
  'd',
  'e',
  'next',
  'when',
  'k-1',
  '_x',
  'Key',
  'on',
  'true',
  'null',
  '__proto__',
  'constructor',
  'a b',
  '1',
];

/** `count` documents from a grammar of nested mappings and sequences, some deliberately malformed. */
export function generatedDocuments(count: number, seed: number): string[] {
  const rand = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const scalar = () => (rand() < 0.9 ? pick(SCALARS) : pick(ODD));
  const key = () => (rand() < 0.9 ? pick(KEYS.slice(0, 11)) : pick(KEYS));
  const block = (depth: number, indent: number, out: string[], prefix: string | null): void => {
    const pad = ' '.repeat(indent);
    const head = (i: number) => (i === 0 && prefix !== null ? prefix : pad);
    const r = rand();
    if (depth > 3 || r < 0.15) {
      out.push(`${prefix ?? pad}${scalar()}`);
      return;
    }
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) {
      const v = rand();
      if (r < 0.55) {
        const k = key();
        if (v < 0.4) out.push(`${head(i)}${k}: ${scalar()}${rand() < 0.1 ? ' # c' : ''}`);
        else if (v < 0.5) {
          out.push(`${head(i)}${k}: ${pick(['>-', '>', '|', '|-'])}`);
          const inner = indent + pick([1, 2, 4]);
          for (let l = 1 + Math.floor(rand() * 3); l > 0; l--)
            out.push(
              rand() < 0.2 ? pick(['', ' '.repeat(inner), ' '.repeat(inner + 1)]) : ' '.repeat(inner + (rand() < 0.1 ? 1 : 0)) + scalar(),
            );
        } else {
          out.push(`${head(i)}${k}:${rand() < 0.1 ? ' # c' : ''}`);
          if (rand() < 0.1) out.push(pick(['# c', '', '  # c']));
          block(depth + 1, rand() < 0.2 ? indent : indent + pick([1, 2, 4]), out, null);
        }
      } else if (v < 0.35) out.push(`${head(i)}- ${scalar()}`);
      else if (v < 0.45) {
        out.push(`${head(i)}-${rand() < 0.3 ? ' # c' : ''}`);
        if (rand() < 0.5) block(depth + 1, indent + pick([1, 2, 3]), out, null);
      } else block(depth + 1, indent + 2, out, `${head(i)}- `);
      if (rand() < 0.05) out.push(pick(['', '# comment', '   ', '    # deep']));
    }
  };
  return Array.from({ length: count }, () => {
    const lines: string[] = [];
    for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
      lines.push(`${key()}:`);
      block(1, pick([0, 2]), lines, null);
    }
    if (rand() < 0.3) {
      const li = Math.floor(rand() * lines.length);
      lines[li] = (rand() < 0.5 ? ' ' : '') + lines[li]!.replace(/^ /, '');
    }
    return `${lines.join('\n')}\n`;
  });
}
