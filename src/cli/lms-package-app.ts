/**
 * The one app build inside every LMS package (SCORM and cmi5): made with
 * VITE_LMS_PACKAGE=1, which turns on the LMS connection (a cmi5 launch when
 * the address carries one, else the SCORM runtime API search).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const COURSE_TITLE = 'Common Ground: communication practice';

export interface PackagedScenario {
  id: string;
  title: string;
  summary: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The scenarios of a folder (by default the shipped ones, scenarios/*.scenario.yaml), in file-name order. */
export function scenarioList(dir = join(ROOT, 'scenarios')): PackagedScenario[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.scenario.yaml'))
    .sort()
    .map((name) => {
      const doc = parse(readFileSync(join(dir, name), 'utf8')) as { id: string; title: string; summary?: string };
      return { id: doc.id, title: doc.title, summary: doc.summary ?? doc.title };
    });
}

/** Copies a staged folder's pack clips into the built app; a clip never replaces a shipped file (pack scenario ids are not shipped ones). */
export function addPackAudio(scenariosDir: string, appDir: string): void {
  const audio = join(scenariosDir, 'audio');
  if (existsSync(audio)) cpSync(audio, join(appDir, 'audio'), { recursive: true, force: false, errorOnExist: true });
}

/**
 * Builds the app into `<outRoot>/app` (emptying `outRoot` first) and returns
 * its files by relative path. `scenariosDir`: a folder other than scenarios/
 * to build in (see pack-scenarios.ts), kept outside `outRoot`; its audio/
 * folder (the packs' clips) is copied into the app beside the shipped clips.
 */
export async function buildPackageApp(outRoot: string, scenariosDir?: string): Promise<Map<string, Uint8Array>> {
  process.env.VITE_LMS_PACKAGE = '1';
  if (scenariosDir) process.env.SCENARIOS_DIR = scenariosDir;
  const { build } = await import('vite');
  const appDir = join(outRoot, 'app');
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  if (scenariosDir) addPackAudio(scenariosDir, appDir);
  return appFiles(appDir);
}

/** A built app's files by path relative to its folder, as the packages list them. */
export function appFiles(appDir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const path of listFiles(appDir)) files.set(relative(appDir, path).split(sep).join('/'), readFileSync(path));
  return files;
}
