/**
 * npm run build:scorm — the app as SCORM packages for an LMS:
 *   dist-scorm/common-ground-scorm12.zip    (SCORM 1.2)
 *   dist-scorm/common-ground-scorm2004.zip  (SCORM 2004 4th Edition)
 * Both hold the same build (made with VITE_SCORM_PACKAGE=1, which turns on the
 * LMS connection) and differ only in imsmanifest.xml: the app finds whichever
 * runtime API the LMS offers. One SCO per scenario, launching #/play/<id>.
 * Like `vite build`, it reads LRS_ORIGINS for the Content Security Policy's
 * connect-src (see src/build/content-security-policy.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { zipScormPackage, type ScormVersion } from '../export/scorm/package-zip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outRoot = join(root, process.env.SCORM_OUT_DIR ?? 'dist-scorm');
const appDir = join(outRoot, 'app');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function scenarioList(): { id: string; title: string }[] {
  const dir = join(root, 'scenarios');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.scenario.yaml'))
    .sort()
    .map((name) => {
      const doc = parse(readFileSync(join(dir, name), 'utf8')) as { id: string; title: string };
      return { id: doc.id, title: doc.title };
    });
}

async function main(): Promise<void> {
  process.env.VITE_SCORM_PACKAGE = '1';
  const { build } = await import('vite');
  rmSync(outRoot, { recursive: true, force: true });
  mkdirSync(outRoot, { recursive: true });
  await build({ root, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });

  const files = new Map<string, Uint8Array>();
  for (const path of listFiles(appDir)) files.set(relative(appDir, path).split(sep).join('/'), readFileSync(path));
  const input = { title: 'Common Ground: communication practice', scenarios: scenarioList() };
  for (const [version, name] of [
    ['1.2', 'common-ground-scorm12.zip'],
    ['2004', 'common-ground-scorm2004.zip'],
  ] as [ScormVersion, string][]) {
    const zip = zipScormPackage(version, files, input);
    writeFileSync(join(outRoot, name), zip);
    console.log(`${relative(root, join(outRoot, name))}: SCORM ${version}, ${files.size + 1} files, ${(zip.length / 1024).toFixed(0)} KiB`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
