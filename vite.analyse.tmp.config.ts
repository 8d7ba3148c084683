import { defineConfig, mergeConfig } from 'vite';
import { writeFileSync } from 'node:fs';
import base from './vite.config';
export default mergeConfig(base, defineConfig({
  plugins: [{
    name: 'dump-modules',
    generateBundle(_o, bundle) {
      const out: Record<string, unknown> = {};
      for (const [name, c] of Object.entries(bundle)) {
        if (c.type !== 'chunk') continue;
        out[name] = { imports: c.imports, dynamicImports: c.dynamicImports, modules: Object.fromEntries(Object.entries(c.modules).map(([id, m]) => [id.replace(process.cwd(), ''), m.renderedLength]).sort((a, b) => (b[1] as number) - (a[1] as number))) };
      }
      writeFileSync('/tmp/cgtools/modules.json', JSON.stringify(out, null, 1));
    },
  }],
}));
