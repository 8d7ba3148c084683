import { describe, expect, it } from 'vitest';
import { compileScenario, toCatalogEntry } from '../engine/trainee';
import { fakeScenario } from '../engine/testing';
import { catalogModuleCode, scenarioModuleCode } from './catalog-module';

describe('generated modules', () => {
  const compiled = compileScenario(fakeScenario());

  it('catalog: summaries plus one dynamic import per scenario', () => {
    const code = catalogModuleCode([toCatalogEntry(compiled)]);
    expect(code).toContain('["fake", () => import("virtual:scenario/fake")]');
    const json = /JSON\.parse\((".*")\);/.exec(code)?.[1] ?? '""';
    expect(JSON.parse(JSON.parse(json) as string)).toEqual([toCatalogEntry(compiled)]);
    expect(code).toContain('export function loadScenario(id)');
  });

  it('catalog: listed in title order, whatever order the files were read in', () => {
    const entry = toCatalogEntry(compiled);
    const titled = (id: string, title: string) => ({ ...entry, id, title });
    const code = catalogModuleCode([titled('c', 'Zoe'), titled('a', 'émile'), titled('b', 'Ana')]);
    const json = /JSON\.parse\((".*")\);/.exec(code)?.[1] ?? '""';
    const listed = JSON.parse(JSON.parse(json) as string) as { title: string }[];
    expect(listed.map((e) => e.title)).toEqual(['Ana', 'émile', 'Zoe']);
  });

  it('scenario: the compiled JSON as the default export', async () => {
    const code = scenarioModuleCode(compiled);
    const module = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
    expect(module.default).toEqual(compiled);
  });

  it('catalog entries carry what the library shows, not the dialogue', () => {
    const entry = toCatalogEntry(compiled);
    expect(Object.keys(entry).sort()).toEqual([
      'contentHash',
      'difficulty',
      'estimatedMinutes',
      'factors',
      'id',
      'persona',
      'setting',
      'summary',
      'title',
    ]);
    expect(entry.persona).toEqual({ name: 'P', age: 40, condition: 'Neck pain' });
    expect(entry.setting).toEqual({ country: 'GB', care: 'NHS outpatient physiotherapy' });
  });
});
