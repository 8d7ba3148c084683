import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkScenarioSource, scenarioTemplate } from '../../../src/engine/authoring';
import { PACK_CHECKER_VERSION, writePack } from '../../../src/export/packs';

/** The scenario of the voiced pack: the Author page's template, under its own id. */
export const PACK_SCENARIO = 'pack-visit';

/**
 * Writes a pack holding PACK_SCENARIO with a recorded clip for each of its
 * lines (one of the app's own mp3s, so its header is real) into `folder`, for
 * the LMS builds' `--pack`; returns the file's path.
 */
export function voicedPack(root: string, folder: string): string {
  const source = scenarioTemplate(PACK_SCENARIO);
  const { compiled } = checkScenarioSource(source, `${PACK_SCENARIO}.scenario.yaml`, { analyse: false });
  if (!compiled) throw new Error('the Author template no longer compiles');
  const mp3 = new Uint8Array(readFileSync(resolve(root, 'public/audio/carer-barriers/barriers-1-ba113bac.mp3')));
  const clips = new Map(compiled.scenario.nodes.map((node) => [node.id, { bytes: mp3, extension: 'mp3' as const }]));
  const file = join(folder, 'voiced.cgpack.zip');
  writeFileSync(
    file,
    writePack([{ id: PACK_SCENARIO, source, contentHash: compiled.contentHash, clips }], PACK_CHECKER_VERSION, new Date()),
  );
  return file;
}
