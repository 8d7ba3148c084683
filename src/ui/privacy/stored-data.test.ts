import { describe, expect, it } from 'vitest';
import { PRIMARY_KEYS } from '../../storage/backend/backend.types';
import { DEFAULT_DB_NAME, STORES_V1, STORES_V2, STORES_V3, STORES_V4 } from '../../storage/backend/schema';
import readme from '../../../README.md?raw';
import { DATABASE_NAME, LOCAL_KEY_PREFIX, STORED_LOCAL_KEYS, STORED_TABLES } from './stored-data';

// Every source file that ships, to find what it keeps in the browser.
const SOURCES = import.meta.glob<string>(
  ['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/**/testing/**', '!/src/ui/test-util/**'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

const usesWebStorage = (source: string) => /\b(localStorage|sessionStorage)\b/.test(source);

describe('the Privacy page’s list of what is stored', () => {
  it('has an entry for every table the database declares, and no other', () => {
    const declared = new Set([...Object.keys(STORES_V1), ...Object.keys(STORES_V2), ...Object.keys(STORES_V3), ...Object.keys(STORES_V4)]);
    expect(Object.keys(STORED_TABLES).sort()).toEqual([...declared].sort());
    expect(Object.keys(STORED_TABLES).sort()).toEqual(Object.keys(PRIMARY_KEYS).sort());
    expect(DATABASE_NAME).toBe(DEFAULT_DB_NAME);
  });

  it('finds the source files that use web storage (so the next check can fail)', () => {
    const files = Object.keys(SOURCES).filter((path) => usesWebStorage(SOURCES[path] ?? ''));
    expect(files).toContain('/src/ui/library/practice-hint.ts');
  });

  it('lists every localStorage or sessionStorage key the app uses', () => {
    // Keys named once as exported constants (`export const LAUNCH_KEY = 'common-ground.…'`) and used by name elsewhere.
    const constants = new Map(
      Object.values(SOURCES).flatMap((source) =>
        [...source.matchAll(/export const (\w+) = ['"`](common-ground\.[\w.-]+)['"`]/g)].map((match) => [match[1]!, match[2]!] as const),
      ),
    );
    const unlisted: string[] = [];
    for (const [path, source] of Object.entries(SOURCES)) {
      if (!usesWebStorage(source) || path.startsWith('/src/ui/privacy/') || path.startsWith('/src/ui/settings/erase-')) continue;
      const keys = [
        ...[...source.matchAll(/['"`](common-ground\.[\w.-]+)['"`]/g)].map((match) => match[1]!),
        ...[...constants].filter(([name]) => new RegExp(`\\b${name}\\b`).test(source)).map(([, key]) => key),
      ];
      if (keys.length === 0) unlisted.push(`${path}: web storage with no "common-ground." key the page can name`);
      for (const key of keys) if (!(key in STORED_LOCAL_KEYS)) unlisted.push(`${path}: ${key}`);
    }
    expect(unlisted).toEqual([]);
  });

  it('is repeated in the README’s Privacy section, table by table and key by key', () => {
    const privacy = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('\n## ', readme.indexOf('## Privacy') + 1));
    for (const [table, kind] of Object.entries(STORED_TABLES)) expect(privacy).toContain(`| ${kind.title} (\`${table}\`) |`);
    for (const [key, kind] of Object.entries(STORED_LOCAL_KEYS)) expect(privacy).toContain(`${kind.area ?? 'localStorage'} \`${key}\``);
  });

  it('names keys that erasing can find by their prefix', () => {
    for (const key of Object.keys(STORED_LOCAL_KEYS)) expect(key.startsWith(LOCAL_KEY_PREFIX)).toBe(true);
  });

  it('says how long each kind is kept, in a sentence', () => {
    for (const kind of [...Object.values(STORED_TABLES), ...Object.values(STORED_LOCAL_KEYS)]) {
      expect(kind.what).toMatch(/\.$/);
      expect(kind.howLong).toMatch(/^[A-Z].*\.$/);
    }
  });
});
