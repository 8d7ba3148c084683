import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clipFolder } from '../../build/voices/clip-plan';

/** Deletes files in public/audio/<id>/ that the manifest does not list (old clips of changed lines). Returns how many. */
export function removeOrphanClips(root: string, scenarioId: string, keep: ReadonlySet<string>): number {
  const folder = clipFolder(scenarioId);
  let removed = 0;
  for (const entry of readdirSync(join(root, 'public', folder), { withFileTypes: true })) {
    if (!entry.isFile() || keep.has(`${folder}/${entry.name}`)) continue;
    rmSync(join(root, 'public', folder, entry.name));
    removed += 1;
  }
  return removed;
}
