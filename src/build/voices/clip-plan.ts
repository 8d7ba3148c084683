import { createHash } from 'node:crypto';
import type { Scenario } from '../../engine/authoring';
import { hasWords, speakableText } from './speakable';
import { soundSettings, type PersonaVoice } from './voice-cast';

/**
 * Bumped when the way clips are made changes their sound (loudness target,
 * codec, trimming), so every clip counts as stale and is made again.
 */
export const CLIP_PIPELINE_VERSION = 1;
export const CLIP_EXTENSION = 'mp3';

/** A clip a scenario needs: one per patient line with words to say and no `audio:` of its own. */
export interface PlannedClip {
  lineId: string;
  spoken: string;
  /** Hash of the spoken text, the voice settings and the pipeline version. */
  hash: string;
  /** Path under public/; the short hash in the name gives a changed line a new file. */
  file: string;
}

export function clipHash(spoken: string, voice: PersonaVoice): string {
  const key = JSON.stringify([CLIP_PIPELINE_VERSION, soundSettings(voice), spoken]);
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** The folder under public/ that holds a scenario's clips. */
export function clipFolder(scenarioId: string): string {
  return `audio/${scenarioId}`;
}

export function planClips(scenario: Scenario, voice: PersonaVoice): PlannedClip[] {
  const lines = [...scenario.nodes, ...scenario.endings].flatMap((item) =>
    item.patient && item.patient.audio === undefined ? [{ lineId: item.id, text: item.patient.text }] : [],
  );
  return lines.flatMap(({ lineId, text }) => {
    const spoken = speakableText(text, voice.respell);
    if (!hasWords(spoken)) return [];
    const hash = clipHash(spoken, voice);
    return [{ lineId, spoken, hash, file: `${clipFolder(scenario.id)}/${lineId}-${hash.slice(0, 8)}.${CLIP_EXTENSION}` }];
  });
}
