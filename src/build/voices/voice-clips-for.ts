import type { Scenario } from '../../engine/authoring';
import { checkScenarioClips } from './check-clips';
import { readPackClipList } from './pack-clip-list';
import { readVoiceCast } from './voice-cast';

/**
 * The up-to-date clips of a scenario's patient lines (line id → path under
 * public/), for the build to attach to the compiled scenario; undefined when
 * there are none. A stale clip is left out, so the player never speaks words
 * the line no longer has: the line is shown (and, if the trainee asked, read
 * by the browser) until the clips are made again. A pack scenario in an LMS
 * package build has its clips from the pack (see pack-clip-list.ts).
 */
export function voiceClipsFor(root: string, scenariosDir: string, scenario: Scenario): Record<string, string> | undefined {
  const packed = readPackClipList(scenariosDir);
  if (Object.hasOwn(packed, scenario.id)) return packed[scenario.id];
  const cast = readVoiceCast(scenariosDir);
  if (!cast?.[scenario.id]) return undefined;
  const { fresh } = checkScenarioClips(root, scenariosDir, scenario, cast);
  return fresh.size > 0 ? Object.fromEntries(fresh) : undefined;
}
