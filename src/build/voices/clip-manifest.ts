import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { VOICES_FOLDER } from './voice-cast';

const clipSchema = z
  .object({
    line: z.string().min(1),
    file: z.string().min(1),
    hash: z.string().regex(/^[0-9a-f]{16}$/),
    spoken: z.string(),
    seconds: z.number().positive(),
    bytes: z.number().int().positive(),
    /** Integrated loudness after normalisation (LUFS). */
    lufs: z.number(),
  })
  .strict();

const manifestSchema = z
  .object({
    scenarioId: z.string().min(1),
    persona: z.string().min(1),
    voice: z.object({ engine: z.string(), voice: z.string(), pitch: z.number(), tract: z.number(), tempo: z.number() }).strict(),
    clips: z.array(clipSchema),
  })
  .strict();

export type ClipEntry = z.infer<typeof clipSchema>;
export type ClipManifest = z.infer<typeof manifestSchema>;

/** scenarios/voices/<id>.clips.json */
export function manifestPath(scenariosDir: string, scenarioId: string): string {
  return join(scenariosDir, VOICES_FOLDER, `${scenarioId}.clips.json`);
}

/** The scenario's clip manifest, or null when there is none yet. Throws on a damaged file. */
export function readClipManifest(scenariosDir: string, scenarioId: string): ClipManifest | null {
  const file = manifestPath(scenariosDir, scenarioId);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const result = manifestSchema.safeParse(JSON.parse(text));
  if (!result.success)
    throw new Error(
      `${file} is damaged: ${result.error.issues[0]?.message ?? 'invalid'}; delete it and run npm run synthesise-voices -- ${scenarioId}`,
    );
  return result.data;
}

export function writeClipManifest(scenariosDir: string, manifest: ClipManifest): void {
  writeFileSync(manifestPath(scenariosDir, manifest.scenarioId), `${JSON.stringify(manifest, null, 2)}\n`);
}
