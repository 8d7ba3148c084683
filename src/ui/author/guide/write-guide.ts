/**
 * Regenerates the generated sections of scenarios/README.md (see
 * guide-sections.ts). Run from the project root:
 *   npx tsx src/ui/author/guide/write-guide.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GUIDE_FILE, updateGuideSections } from './guide-sections';

const path = resolve(process.cwd(), GUIDE_FILE);
const before = readFileSync(path, 'utf8');
const after = updateGuideSections(before);
if (after !== before) writeFileSync(path, after);
console.log(`${GUIDE_FILE}: generated sections ${after === before ? 'already up to date' : 'rewritten'}.`);
