import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CATALOGUE, diagnosticInfo } from './diagnostic-catalogue';

const FORMAT_CODES = DIAGNOSTIC_CATALOGUE.filter((info) => info.code < 'SCN100');

describe('DIAGNOSTIC_CATALOGUE', () => {
  it('has unique, well-formed codes and names in code order', () => {
    const codes = DIAGNOSTIC_CATALOGUE.map((info) => info.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(DIAGNOSTIC_CATALOGUE.map((info) => info.name)).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const info of DIAGNOSTIC_CATALOGUE) {
      expect(info.code).toMatch(/^SCN\d{3}$/);
      expect(info.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      for (const field of [info.title, info.description, info.example, info.fix]) expect(field.trim()).not.toBe('');
    }
  });

  it('keeps the format module to SCN001–SCN099', () => {
    expect(FORMAT_CODES.length).toBeGreaterThan(40);
    expect(FORMAT_CODES.every((info) => info.code >= 'SCN001' && info.code <= 'SCN099')).toBe(true);
  });

  it('lists every code the format module and the build tools emit', () => {
    const dirs = ['src/engine/format', 'src/build'].map((d) => resolve(process.cwd(), d));
    const used = new Set<string>();
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('catalogue') && !f.endsWith('.test.ts'))) {
        for (const match of readFileSync(resolve(dir, file), 'utf8').matchAll(/'(SCN0\d\d)'/g)) used.add(match[1] ?? '');
      }
    }
    for (const code of used) expect(() => diagnosticInfo(code), code).not.toThrow();
    expect(FORMAT_CODES.filter((info) => !used.has(info.code)).map((info) => info.code)).toEqual([]);
  });

  it('throws for a code that does not exist (a bug, not an author mistake)', () => {
    expect(() => diagnosticInfo('SCN999')).toThrow(/SCN999/);
  });
});
