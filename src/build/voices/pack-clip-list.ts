import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOICES_FOLDER } from './voice-cast';

/**
 * The LMS package builds' list of pack scenarios' clips (scenario id → line
 * id → path in the package), written beside the staged scenarios by
 * src/cli/pack-scenarios.ts. Pack clips come recorded, with no voice cast
 * or clip manifest to check them against, so the build takes this list as
 * it is; it never exists under the shipped scenarios/.
 */
export type PackClipList = Record<string, Record<string, string>>;

const listPath = (scenariosDir: string) => join(scenariosDir, VOICES_FOLDER, 'pack-clips.json');

/** The staged list, or an empty one when there is none (every build but a package with voiced packs). */
export function readPackClipList(scenariosDir: string): PackClipList {
  let text: string;
  try {
    text = readFileSync(listPath(scenariosDir), 'utf8');
  } catch {
    return {};
  }
  return JSON.parse(text) as PackClipList;
}

export function writePackClipList(scenariosDir: string, list: PackClipList): void {
  mkdirSync(join(scenariosDir, VOICES_FOLDER), { recursive: true });
  writeFileSync(listPath(scenariosDir), `${JSON.stringify(list, null, 2)}\n`);
}
