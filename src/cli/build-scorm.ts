/**
 * npm run build:scorm — the app as SCORM packages for an LMS:
 *   dist-scorm/common-ground-scorm12.zip    (SCORM 1.2)
 *   dist-scorm/common-ground-scorm2004.zip  (SCORM 2004 4th Edition)
 * Both hold the same build (lms-package-app.ts) and differ only in
 * imsmanifest.xml: the app finds whichever runtime API the LMS offers. One
 * SCO per scenario, launching #/play/<id>.
 * Like `vite build`, it reads LRS_ORIGINS for the Content Security Policy's
 * connect-src (see src/build/content-security-policy.ts). `--pack FILE` or
 * PACKS= adds scenario packs' scenarios (see pack-scenarios.ts).
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipScormPackage, type ScormVersion } from '../export/scorm/package-zip';
import { buildPackageApp, COURSE_TITLE, ROOT, scenarioList } from './lms-package-app';
import { packFiles, stageScenarios } from './pack-scenarios';

const outRoot = join(ROOT, process.env.SCORM_OUT_DIR ?? 'dist-scorm');

async function main(): Promise<void> {
  const packs = packFiles(process.argv.slice(2));
  const scenariosDir = packs.length > 0 ? stageScenarios(ROOT, packs, `${outRoot}-scenarios`) : undefined;
  const files = await buildPackageApp(outRoot, scenariosDir);
  const input = { title: COURSE_TITLE, scenarios: scenarioList(scenariosDir).map(({ id, title }) => ({ id, title })) };
  for (const [version, name] of [
    ['1.2', 'common-ground-scorm12.zip'],
    ['2004', 'common-ground-scorm2004.zip'],
  ] as [ScormVersion, string][]) {
    const zip = zipScormPackage(version, files, input);
    writeFileSync(join(outRoot, name), zip);
    console.log(`${relative(ROOT, join(outRoot, name))}: SCORM ${version}, ${files.size + 1} files, ${(zip.length / 1024).toFixed(0)} KiB`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
