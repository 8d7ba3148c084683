import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastShapeCheck, GIVE_UP } from './fast-shape';
import { readYaml } from './read-yaml';
import { scenarioSchema } from './scenario-schema';

/** Equal values with keys in the same order (zod's output order is part of the contract). */
function sameOrdered(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameOrdered((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : path.endsWith('.scenario.yaml') ? [path] : [];
  });
}

const ROOT = resolve(__dirname, '../../..');
const documents = [...yamlFiles(join(ROOT, 'scenarios')), ...yamlFiles(join(ROOT, 'tests/fixtures'))]
  .map((file) => readYaml(readFileSync(file, 'utf8'), file).data)
  .filter((data): data is Record<string, unknown> => data !== null);

/** Small seeded changes that keep most of a document intact: drop, retype or add a field somewhere. */
/** `plain`: only changes a YAML file could make (no extra properties on arrays). */
function mutate(data: unknown, seed: number, plain: boolean): unknown {
  let state = seed >>> 0;
  const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const copy = structuredClone(data) as Record<string, unknown>;
  const containers: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    containers.push(v as Record<string, unknown>);
    Object.values(v).forEach(walk);
  };
  walk(copy);
  const target = containers[Math.floor(rand() * containers.length)]!;
  const keys = Object.keys(target);
  const key = keys[Math.floor(rand() * keys.length)] ?? 'x';
  const r = rand();
  if (r < 0.25) delete target[key];
  else if (r < 0.45) target[key] = [null, 7, -1, 1.5, '', ' ', 'CR', 'x'.repeat(3000), true, {}, []][Math.floor(rand() * 11)];
  else if (r < 0.6 && !(plain && Array.isArray(target))) target[`extra${key}`] = 1;
  else if (r < 0.8 && keys.length > 1) {
    // Same fields, another order: zod's output keeps the schema's order.
    const entries = Object.entries(target).reverse();
    for (const k of keys) delete target[k];
    for (const [k, v] of entries) target[k] = v;
  } else if (Array.isArray(target)) target.push(target[0]);
  return copy;
}

describe('fastShapeCheck', () => {
  const fast = fastShapeCheck(scenarioSchema);

  it('agrees with zod on every scenario and fixture, and accepts the valid ones', () => {
    for (const data of documents) {
      const expected = scenarioSchema.safeParse(data);
      const got = fast(data);
      if (expected.success) expect(got !== GIVE_UP && sameOrdered(got, expected.data)).toBe(true);
      else expect(got).toBe(GIVE_UP);
    }
  });

  const mutations = (plain: boolean) => {
    let accepted = 0;
    const check = fastShapeCheck(scenarioSchema, { shareInput: plain });
    documents.forEach((data, d) => {
      for (let seed = 0; seed < 60; seed++) {
        const input = mutate(data, d * 1000 + seed, plain);
        const expected = scenarioSchema.safeParse(input);
        const got = check(input);
        if (got === GIVE_UP) continue;
        accepted++;
        expect(expected.success).toBe(true);
        expect(sameOrdered(got, expected.data)).toBe(true);
      }
    });
    expect(accepted).toBeGreaterThan(100);
  };

  it('never accepts what zod rejects, and returns what zod returns (mutated documents)', () => mutations(false));

  it('shares unchanged parts of plain input and still returns what zod returns', () => {
    mutations(true);
    const data = documents[0]!;
    const shared = fastShapeCheck(scenarioSchema, { shareInput: true })(data) as Record<string, unknown>;
    expect(shared.nodes).toBe(data.nodes);
    const copied = fastShapeCheck(scenarioSchema)(data) as Record<string, unknown>;
    expect(copied.nodes).not.toBe(data.nodes);
  });

  it('fills defaults and drops nothing zod keeps', () => {
    const schema = z.strictObject({ a: z.int().min(0).default(5), b: z.string().optional(), c: z.array(z.enum(['x', 'y'])).max(2).default([]) }).prefault({});
    const check = fastShapeCheck(schema);
    expect(check({ c: ['x'] })).toEqual({ a: 5, c: ['x'] });
    expect(Object.keys(check({ c: [], b: 'q', a: 1 }) as object)).toEqual(['a', 'b', 'c']);
    expect(check(undefined)).toEqual(schema.parse(undefined));
    expect(check({ c: ['z'] })).toBe(GIVE_UP);
  });

  it('gives up on schema features it does not model', () => {
    const check = fastShapeCheck(z.object({ a: z.string().transform((s) => s.length) }));
    expect(check({ a: 'abc' })).toBe(GIVE_UP);
  });
});
