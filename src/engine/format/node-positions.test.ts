import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { DocumentPath } from './make-diagnostic';
import { positionAt } from './make-diagnostic';
import { readFrames } from './node-frames';
import { createOffsetLocator } from './node-positions';
import { readYaml } from './read-yaml';
import { createSourceLocator, yamlSourceLocator } from './source-locator';
import { generatedDocuments, mutations, repositoryYaml } from './yaml-test-corpus';

/**
 * Every path into the data, plus paths that stop early: past the end, unknown
 * keys, into scalars. Data met again (an alias) is not walked twice.
 */
function pathsOf(data: unknown, prefix: DocumentPath = [], out: DocumentPath[] = [], seen = new Set<object>()): DocumentPath[] {
  out.push(prefix);
  if (typeof data === 'object' && data !== null) {
    if (seen.has(data)) return out;
    seen.add(data);
  }
  if (Array.isArray(data)) {
    data.forEach((v, i) => pathsOf(v, [...prefix, i], out, seen));
    out.push([...prefix, data.length], [...prefix, 'x']);
  } else if (typeof data === 'object' && data !== null) {
    for (const [k, v] of Object.entries(data)) pathsOf(v, [...prefix, k], out, seen);
    out.push([...prefix, 'missing'], [...prefix, 0]);
  } else out.push([...prefix, 'deeper']);
  return out;
}

function offsetsOf(text: string) {
  const frames = readFrames(text);
  return frames && createOffsetLocator(text, frames);
}

/**
 * Compares js-yaml's node positions with the `yaml` library's on every path;
 * false if either library rejects the text (where `yaml` finds an error js-yaml
 * does not, its positions are a guess and js-yaml's, which read the data, win).
 */
function agrees(text: string): boolean {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return false;
  }
  if (parseDocument(text, { uniqueKeys: false }).errors.length > 0) return false;
  const offsets = offsetsOf(text);
  if (!offsets) return false;
  const exact = yamlSourceLocator(text);
  let placed = 0;
  for (const path of pathsOf(data)) {
    for (const atKey of [false, true]) {
      const offset = offsets(path, atKey);
      if (offset === null) continue;
      placed++;
      const got = positionAt(text, offset);
      const expected = exact.locate(path, atKey);
      if (got.line !== expected.line || got.col !== expected.col) {
        throw new Error(
          `${JSON.stringify(path)} atKey=${atKey}: js-yaml ${got.line}:${got.col}, yaml ${expected.line}:${expected.col} in:\n${text}`,
        );
      }
    }
  }
  return placed > 0;
}

describe('node positions from js-yaml', () => {
  const files = repositoryYaml();

  it('places every path of every scenario and fixture where the yaml library does', () => {
    const placed = files.filter(([, text]) => agrees(text)).map(([name]) => name);
    expect(placed.filter((name) => name.includes('/scenarios/'))).toHaveLength(
      files.filter(([name]) => name.includes('/scenarios/')).length,
    );
    expect(placed.length).toBeGreaterThan(files.length - 10);
    expect(files.filter(([, text]) => agrees(text.replaceAll('\n', '\r\n')))).toHaveLength(placed.length);
  });

  it('agrees on mutated files and generated documents', () => {
    let placed = 0;
    files.forEach(([, text], f) => {
      for (const mutated of mutations(text, 8, 100 + f)) if (agrees(mutated)) placed++;
    });
    placed += generatedDocuments(2000, 11).filter(agrees).length;
    expect(placed).toBeGreaterThan(200);
  });

  it('leaves to the yaml library what it cannot match with certainty', () => {
    const emptyItem = 'a:\n  -\n  - b: 1\n';
    expect(offsetsOf(emptyItem)).toBeNull();
    expect(createSourceLocator(emptyItem).locate(['a', 1, 'b'])).toEqual({ line: 3, col: 8 });
    const flowPair = 'a: [x, b: 1]\n';
    expect(offsetsOf(flowPair)!(['a', 1, 'b'], false)).toBeNull();
    expect(createSourceLocator(flowPair).locate(['a', 1, 'b'])).toEqual({ line: 1, col: 11 });
    const explicitKey = '? a\n: 1\n';
    expect(offsetsOf(explicitKey)!(['a'], false)).toBeNull();
    expect(offsetsOf('a: [1, 2\n')).toBeNull();
  });

  it('gives the same positions from the nodes recorded while the checker reads the file', () => {
    for (const [name, text] of files) {
      const recording = createSourceLocator(text, { recordWhileReading: true });
      if (!readYaml(text, name, recording.listener).data) continue;
      const fresh = createSourceLocator(text);
      for (const path of pathsOf(load(text, { schema: CORE_SCHEMA }))) expect(recording.locate(path)).toEqual(fresh.locate(path));
    }
  });
});
