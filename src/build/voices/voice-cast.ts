import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Where the cast and the clip manifests live, relative to the scenarios folder. */
export const VOICES_FOLDER = 'voices';
export const CAST_FILE = 'cast.json';

const voiceSchema = z
  .object({
    /** The persona's name as the scenario gives it: a renamed persona asks for a fresh look at the voice. */
    persona: z.string().min(1),
    /** Why this voice fits the persona (sex, age, accent as far as the packages allow). */
    why: z.string().min(1),
    engine: z.enum(['festival', 'espeak-ng']),
    /** Festival: the voice function without "voice_" (e.g. cmu_us_slt_arctic_hts). espeak-ng: -v value (e.g. en+f4). */
    voice: z.string().regex(/^[a-z0-9_+-]+$/i),
    /** Pitch shift in semitones with the formants kept, so the voice stays the same size. */
    pitch: z.number().min(-6).max(6),
    /** Whole-spectrum shift in semitones (pitch and formants): negative sounds larger and older. */
    tract: z.number().min(-4).max(4),
    /** Speaking rate: 1 as synthesised, 0.9 ten per cent slower. */
    tempo: z.number().min(0.7).max(1.3),
    /** Words the engine says wrongly, with a spelling it says right: applied to whole words. */
    respell: z.record(z.string().min(1), z.string().min(1)).default({}),
  })
  .strict();

const castSchema = z.object({ $comment: z.string().optional(), voices: z.record(z.string(), voiceSchema) }).strict();

export type PersonaVoice = z.infer<typeof voiceSchema>;
export type VoiceCast = Readonly<Record<string, PersonaVoice>>;

/** The settings that change the sound of a clip: a change to any of them makes the clip stale. */
export function soundSettings(voice: PersonaVoice): Pick<PersonaVoice, 'engine' | 'voice' | 'pitch' | 'tract' | 'tempo'> {
  return { engine: voice.engine, voice: voice.voice, pitch: voice.pitch, tract: voice.tract, tempo: voice.tempo };
}

/** Parses the cast file's text; throws with the file name and the first problem. */
export function parseVoiceCast(text: string, file = CAST_FILE): VoiceCast {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = castSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data.voices;
}

/** The cast of the scenarios in `scenariosDir`, or null when the folder has no cast file. */
export function readVoiceCast(scenariosDir: string): VoiceCast | null {
  const file = join(scenariosDir, VOICES_FOLDER, CAST_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return parseVoiceCast(text, file);
}
