import { describe, expect, it } from 'vitest';
import { compileScenario, forPlay, toCatalogEntry } from '../engine/trainee';
import { fakeScenario } from '../engine/testing';
import { catalogModuleCode, scenarioModuleCode } from './catalog-module';

/** Imports generated module code, each `import("virtual:…")` in it answering with the id it asked for. */
async function importCode(code: string): Promise<Record<string, unknown>> {
  const answered = code.replace(/import\(("virtual:[^"]+")\)/g, 'Promise.resolve({ default: $1 })');
  return (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(answered)}`)) as Record<string, unknown>;
}

describe('generated modules', () => {
  const compiled = compileScenario(fakeScenario());

  it('catalog: summaries plus dynamic imports of each scenario, whole and for play', async () => {
    const code = catalogModuleCode([toCatalogEntry(compiled)]);
    const json = /JSON\.parse\((".*")\);/.exec(code)?.[1] ?? '""';
    expect(JSON.parse(JSON.parse(json) as string)).toEqual([toCatalogEntry(compiled)]);
    const module = (await importCode(code)) as Record<'loadScenario' | 'loadForPlay', (id: string) => Promise<unknown>>;
    await expect(module.loadScenario('fake')).resolves.toBe('virtual:scenario/fake');
    await expect(module.loadForPlay('fake')).resolves.toBe('virtual:scenario-play/fake-play');
    await expect(module.loadScenario('other')).rejects.toThrow('No scenario "other" in the catalog');
    await expect(module.loadForPlay('other')).rejects.toThrow('No scenario "other" in the catalog');
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
    expect((await importCode(scenarioModuleCode(compiled))).default).toEqual(compiled);
  });

  it("scenario for play: the play screen's copy as the default export", async () => {
    const copy = (await importCode(scenarioModuleCode(compiled, true))).default;
    expect(copy).toEqual(forPlay(compiled));
    expect(copy).toMatchObject({ playOnly: true, contentHash: compiled.contentHash });
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
