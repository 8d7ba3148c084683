import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_GROUP_SPECS, groupTest } from './chunk-groups';

const root = join(import.meta.dirname, '../..');
const fileOf = (folder: string, name: string) =>
  ['.ts', '.tsx', '.json'].map((ext) => join(folder, name + ext)).find((path) => existsSync(join(root, path)));

describe('chunk groups', () => {
  it('name only files that exist (a renamed module would silently leave its group)', () => {
    for (const spec of CHUNK_GROUP_SPECS) {
      for (const [folder, names] of Object.entries(spec.modules)) {
        for (const name of names) expect(fileOf(folder, name), `${spec.name}: ${folder}/${name}`).toBeDefined();
      }
      for (const name of spec.packages ?? []) expect(existsSync(join(root, 'node_modules', name)), `${spec.name}: ${name}`).toBe(true);
    }
  });

  it('match their modules by absolute path with either separator, and nothing else beside them', () => {
    const storage = groupTest(CHUNK_GROUP_SPECS.find((spec) => spec.name === 'storage')!);
    expect(storage.test('/home/ci/app/src/storage/open-store.ts')).toBe(true);
    expect(storage.test(String.raw`C:\app\src\storage\backend\schema.ts`)).toBe(true);
    expect(storage.test('/app/node_modules/zod/v4/core/api.js')).toBe(true);
    // Modules the entry (every screen's first download) needs, or that merely share a prefix.
    expect(storage.test('/app/src/storage/default-settings.ts')).toBe(false);
    expect(storage.test('/app/src/storage/open-store.test.ts')).toBe(false);
    expect(storage.test('/app/src/storage/store-attempts-extra.ts')).toBe(false);
    expect(storage.test('/app/node_modules/zodiac/index.js')).toBe(false);
  });

  it('never take in the libraries and shell every screen starts with', () => {
    const entryModules = [
      '/app/node_modules/react-dom/cjs/react-dom-client.production.js',
      '/app/node_modules/react/jsx-runtime.js',
      '/app/src/main.tsx',
      '/app/src/ui/app/app.tsx',
      '/app/src/ui/library/library-page.tsx',
      '/app/src/storage/default-settings.ts',
      '/app/src/engine/runtime/listeners.ts',
    ];
    for (const spec of CHUNK_GROUP_SPECS)
      for (const id of entryModules) expect(groupTest(spec).test(id), `${spec.name} takes ${id}`).toBe(false);
  });

  it('name each module in one group at most', () => {
    const seen = new Map<string, string>();
    for (const spec of CHUNK_GROUP_SPECS) {
      for (const [folder, names] of Object.entries(spec.modules)) {
        for (const name of names) {
          const key = `${folder}/${name}`;
          expect(seen.get(key), `${key} in ${spec.name}`).toBeUndefined();
          seen.set(key, spec.name);
        }
      }
    }
  });
});
