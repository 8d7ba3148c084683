import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../engine/authoring';
import { readClipManifest, type ClipEntry } from './clip-manifest';
import { clipFolder, planClips, type PlannedClip } from './clip-plan';
import type { VoiceCast } from './voice-cast';

export type ClipProblemKind =
  | 'no-voice'
  | 'persona-renamed'
  | 'no-clip'
  | 'stale'
  | 'file-missing'
  | 'file-empty'
  | 'orphan-entry'
  | 'orphan-file';

export interface ClipProblem {
  kind: ClipProblemKind;
  /** Scenario id, then the line id or file where there is one. */
  where: string;
  message: string;
}

export interface ClipStatus {
  /** Lines whose clip is up to date and on disk: line id → path under public/. */
  fresh: Map<string, string>;
  /** The clips the scenario needs now (empty without a voice). */
  planned: PlannedClip[];
  problems: ClipProblem[];
}

const fileSize = (path: string): number | null => {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
};

const listFiles = (folder: string): string[] => {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
};

/**
 * Compares what a scenario's patient lines need with the clip manifest and the
 * files under public/: which clips are up to date, and what is missing, stale
 * or left over. Reads files; never needs a speech engine.
 */
export function checkScenarioClips(root: string, scenariosDir: string, scenario: Scenario, cast: VoiceCast | null): ClipStatus {
  const id = scenario.id;
  const rerun = `run npm run synthesise-voices -- ${id}`;
  const fresh = new Map<string, string>();
  const problems: ClipProblem[] = [];
  const voice = cast?.[id];
  if (!voice) {
    const message = `${id}: no voice chosen in scenarios/voices/cast.json; add one (scenarios/README.md, "Patient voices"), then ${rerun}.`;
    return { fresh, planned: [], problems: [{ kind: 'no-voice', where: id, message }] };
  }
  if (voice.persona !== scenario.persona.name) {
    problems.push({
      kind: 'persona-renamed',
      where: id,
      message: `${id}: cast.json gives a voice to "${voice.persona}" but the patient is now "${scenario.persona.name}"; check the voice still fits and update the name.`,
    });
  }
  const planned = planClips(scenario, voice);
  const entries = new Map<string, ClipEntry>((readClipManifest(scenariosDir, id)?.clips ?? []).map((clip) => [clip.line, clip]));
  for (const clip of planned) {
    const where = `${id}/${clip.lineId}`;
    const entry = entries.get(clip.lineId);
    if (!entry) {
      problems.push({ kind: 'no-clip', where, message: `${where}: the line has no clip; ${rerun}.` });
      continue;
    }
    if (entry.hash !== clip.hash || entry.file !== clip.file) {
      problems.push({
        kind: 'stale',
        where,
        message: `${where}: stale: the line's words or its voice changed since the clip was made; ${rerun}.`,
      });
      continue;
    }
    const size = fileSize(join(root, 'public', entry.file));
    if (size === null) problems.push({ kind: 'file-missing', where, message: `${where}: public/${entry.file} is missing; ${rerun}.` });
    else if (size === 0)
      problems.push({ kind: 'file-empty', where, message: `${where}: public/${entry.file} is empty; delete it and ${rerun}.` });
    else fresh.set(clip.lineId, entry.file);
  }
  const needed = new Set(planned.map((clip) => clip.lineId));
  for (const line of entries.keys()) {
    if (!needed.has(line))
      problems.push({
        kind: 'orphan-entry',
        where: `${id}/${line}`,
        message: `${id}/${line}: the manifest has a clip for a line that no longer needs one; ${rerun}.`,
      });
  }
  const listed = new Set([...entries.values()].map((entry) => entry.file));
  const folder = clipFolder(id);
  for (const name of listFiles(join(root, 'public', folder))) {
    if (!listed.has(`${folder}/${name}`)) {
      problems.push({
        kind: 'orphan-file',
        where: `${id}/${name}`,
        message: `public/${folder}/${name} is not in ${id}'s clip manifest; ${rerun} to remove it.`,
      });
    }
  }
  return { fresh, planned, problems };
}
