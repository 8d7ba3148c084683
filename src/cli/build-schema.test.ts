// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../engine/authoring';
import { buildSchema } from './build-schema';

describe('build-schema CLI', () => {
  it('writes the schema once and reports later runs as up to date', () => {
    const root = mkdtempSync(join(tmpdir(), 'build-schema-'));
    try {
      mkdirSync(join(root, 'scenarios'));
      expect(buildSchema(root)).toBe(true);
      expect(readFileSync(join(root, 'scenarios', 'scenario.schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
      expect(buildSchema(root)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
