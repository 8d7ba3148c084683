/**
 * npm run build:schema — writes scenarios/scenario.schema.json from the zod
 * schema (editor hover text, completion and red squiggles), regenerates the
 * rubric and diagnostics tables in scenarios/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { README_FILE, updateGeneratedSections } from '../build/reference-tables';
import { scenarioJsonSchemaText, SCHEMA_FILE } from '../engine/authoring';

function writeIfChanged(path: string, text: string): boolean {
  let previous = '';
  try {
    previous = readFileSync(path, 'utf8');
  } catch {
    // First run: nothing there yet.
  }
  if (previous === text) return false;
  writeFileSync(path, text);
  return true;
}

/** Writes the schema under `root`; returns whether the file changed. */
export function buildSchema(root: string): boolean {
  return writeIfChanged(resolve(root, SCHEMA_FILE), scenarioJsonSchemaText());
}

/** Regenerates the README's tables, if the README exists; returns whether it changed. */
export function buildReadmeTables(root: string): boolean {
  const path = resolve(root, README_FILE);
  let readme: string;
  try {
    readme = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  return writeIfChanged(path, updateGeneratedSections(readme));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = process.cwd();
  console.log(`${SCHEMA_FILE} ${buildSchema(root) ? 'written' : 'already up to date'}.`);
  console.log(`${README_FILE} tables ${buildReadmeTables(root) ? 'regenerated' : 'already up to date'}.`);
}
