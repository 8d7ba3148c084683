import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseMarkdown } from './markdown/parse-markdown.ts';

export const GUIDE_ID = 'virtual:authoring-guide';
const RESOLVED_GUIDE_ID = `\0${GUIDE_ID}`;
const GUIDE_FILE = 'scenarios/README.md';

/** Source of `virtual:authoring-guide`; JSON.parse is quicker than an object literal this size. */
export function guideModuleCode(markdown: string, fileName = GUIDE_FILE): string {
  const doc = parseMarkdown(markdown, fileName);
  return `export const guide = JSON.parse(${JSON.stringify(JSON.stringify(doc))});\n`;
}

/**
 * Builds the authoring guide (scenarios/README.md) into a document of
 * headings, paragraphs, lists, code and tables for the Author page, so the
 * app needs no Markdown parser and never handles HTML. A broken `#link` in
 * the guide stops the build; the dev server reloads when the guide is saved.
 */
export function authoringGuidePlugin(): Plugin {
  let file = resolve(process.cwd(), GUIDE_FILE);
  return {
    name: 'common-ground-authoring-guide',
    configResolved(config) {
      file = resolve(config.root, GUIDE_FILE);
    },
    resolveId: (id) => (id === GUIDE_ID ? RESOLVED_GUIDE_ID : null),
    load(id) {
      if (id !== RESOLVED_GUIDE_ID) return null;
      this.addWatchFile(file);
      return guideModuleCode(readFileSync(file, 'utf8'));
    },
  };
}
