// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { README_FILE, updateGeneratedSections } from '../../src/build/reference-tables';
import {
  DIAGNOSTIC_CATALOGUE,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
  scenarioTemplate,
  SCHEMA_FILE,
} from '../../src/engine/authoring';
import { expectationOf, featureFolders, fixtureFiles } from './fixture-files';

const committed = readFileSync(resolve(process.cwd(), SCHEMA_FILE), 'utf8');
const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(committed) as object);
const dataOf = (source: string) => load(source, { schema: CORE_SCHEMA });

/** Codes the editor's schema can see on its own (fields, types, ranges, enums). */
const SCHEMA_LEVEL = /^SCN0(0[89]|1[1-9]|2[0-2])$/;

describe('scenarios/scenario.schema.json', () => {
  it('equals freshly generated output (run npm run build:schema after changing the zod schema)', () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('is draft-07 with a description on every property', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties ?? {};
      for (const [key, value] of Object.entries(properties)) {
        if (!(value as { description?: string }).description) undocumented.push(`${path}.${key}`);
        walk(value, `${path}.${key}`);
      }
      walk((node as { items?: unknown }).items, `${path}[]`);
      for (const v of Object.values(node as Record<string, unknown>)) if (Array.isArray(v)) v.forEach((item) => walk(item, path));
    };
    walk(schema, '$');
    expect(undocumented).toEqual([]);
  });

  it('accepts every shipped scenario, the feature fixtures and the new-scenario template', () => {
    const dir = resolve(process.cwd(), 'scenarios');
    const shipped = readdirSync(dir)
      .filter((f) => f.endsWith('.scenario.yaml'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    const features = featureFolders().flatMap((folder) => fixtureFiles(folder));
    for (const [name, source] of [...shipped, ...features, ['template', scenarioTemplate('x-y')]]) {
      expect(validate(dataOf(source ?? '')), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects every invalid fixture whose mistake is visible to a schema', () => {
    const schemaLevel = fixtureFiles('invalid').filter(([, source]) => SCHEMA_LEVEL.test(expectationOf(source)?.code ?? ''));
    expect(schemaLevel.length).toBeGreaterThanOrEqual(14);
    for (const [name, source] of schemaLevel) expect(validate(dataOf(source)), name).toBe(false);
  });
});

describe('scenarios/README.md', () => {
  const readme = readFileSync(resolve(process.cwd(), README_FILE), 'utf8');

  it('has its generated tables up to date (run npm run build:schema)', () => {
    expect(readme).toBe(updateGeneratedSections(readme));
  });

  it('documents every diagnostic code and every top-level field', () => {
    for (const info of DIAGNOSTIC_CATALOGUE) expect(readme).toContain(`| ${info.code}`);
    const fields = Object.keys(scenarioJsonSchema().properties ?? {});
    for (const field of fields) expect(readme, field).toContain(`| \`${field}\` |`);
  });
});
