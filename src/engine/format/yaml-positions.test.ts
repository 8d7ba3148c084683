import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { DocumentPath } from './make-diagnostic';
import { createSourceLocator, yamlSourceLocator } from './source-locator';
import { fastLocator } from './yaml-positions';
import { generatedDocuments, mutations, repositoryYaml } from './yaml-test-corpus';

/** Every path into the data, plus paths that stop early: past the end, unknown keys, into scalars. */
function pathsOf(data: unknown, prefix: DocumentPath = [], out: DocumentPath[] = []): DocumentPath[] {
  out.push(prefix);
  if (Array.isArray(data)) {
    data.forEach((v, i) => pathsOf(v, [...prefix, i], out));
    out.push([...prefix, data.length], [...prefix, 'x']);
  } else if (typeof data === 'object' && data !== null) {
    for (const [k, v] of Object.entries(data)) pathsOf(v, [...prefix, k], out);
    out.push([...prefix, 'missing'], [...prefix, 0]);
  } else out.push([...prefix, 'deeper']);
  return out;
}

/** Compares the fast locator with the `yaml` one on every path; false if the text is outside the subset. */
function agrees(text: string): boolean {
  const fast = fastLocator(text);
  if (!fast) return false;
  const slow = yamlSourceLocator(text);
  for (const path of pathsOf(load(text, { schema: CORE_SCHEMA }))) {
    for (const atKey of [false, true]) {
      const got = fast(path, atKey);
      const expected = slow.locate(path, atKey);
      if (got.line !== expected.line || got.col !== expected.col) {
        throw new Error(`${JSON.stringify(path)} atKey=${atKey}: fast ${got.line}:${got.col}, yaml ${expected.line}:${expected.col} in:\n${text}`);
      }
    }
  }
  return true;
}

describe('fastLocator', () => {
  const files = repositoryYaml();

  it('places every path of every scenario and fixture where the yaml library does', () => {
    expect(files.filter(([, text]) => agrees(text)).length).toBeGreaterThan(files.length - 10);
  });

  it('agrees on mutated files and generated documents', () => {
    let placed = 0;
    files.forEach(([, text], f) => {
      for (const mutated of mutations(text, 8, 100 + f)) if (agrees(mutated)) placed++;
    });
    placed += generatedDocuments(2000, 11).filter(agrees).length;
    expect(placed).toBeGreaterThan(200);
  });

  it('falls back to the yaml library outside the subset', () => {
    const text = 'a: &x\n  b: 1\nc: *x\n';
    expect(fastLocator(text)).toBeNull();
    expect(createSourceLocator(text).locate(['c'])).toEqual(yamlSourceLocator(text).locate(['c']));
  });
});
