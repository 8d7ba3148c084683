import { describe, expect, it } from 'vitest';
import { canonicalJson } from './export-file';

describe('canonicalJson', () => {
  it('ignores key order and drops undefined fields, like JSON.stringify', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }], z: undefined })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
