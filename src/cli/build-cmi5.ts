/**
 * npm run build:cmi5 — the app as a cmi5 course package for an LMS:
 *   dist-cmi5/common-ground-cmi5.zip
 * cmi5.xml at the root lists one AU per scenario (index.html?scenario=<id>),
 * moveOn Passed with masteryScore = pass mark / 100; the app is the same build
 * as the SCORM packages (lms-package-app.ts). `--pack FILE` or PACKS= adds
 * scenario packs' scenarios (see pack-scenarios.ts).
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { courseStructure } from '../export/cmi5/cmi5-course-structure';
import { zipWithDescriptor } from '../export/scorm/package-zip';
import { buildPackageApp, COURSE_TITLE, ROOT, scenarioList } from './lms-package-app';
import { packFiles, stageScenarios } from './pack-scenarios';

const outRoot = join(ROOT, process.env.CMI5_OUT_DIR ?? 'dist-cmi5');

const DESCRIPTION =
  'Practice conversations with angry, hostile or unjustly treated patients, scored on the therapeutic alliance. Each activity is one scenario.';

async function main(): Promise<void> {
  const packs = packFiles(process.argv.slice(2));
  const scenariosDir = packs.length > 0 ? stageScenarios(ROOT, packs, `${outRoot}-scenarios`) : undefined;
  const files = await buildPackageApp(outRoot, scenariosDir);
  const scenarios = scenarioList(scenariosDir);
  const zip = zipWithDescriptor('cmi5.xml', courseStructure({ title: COURSE_TITLE, description: DESCRIPTION, scenarios }), files);
  const path = join(outRoot, 'common-ground-cmi5.zip');
  writeFileSync(path, zip);
  console.log(`${relative(ROOT, path)}: cmi5, ${scenarios.length} AUs, ${files.size + 1} files, ${(zip.length / 1024).toFixed(0)} KiB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
