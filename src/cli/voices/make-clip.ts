import { execFile } from 'node:child_process';
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PersonaVoice } from '../../build/voices/voice-cast';

const run = promisify(execFile);

/**
 * −19 LUFS integrated is the usual loudness for mono speech (AES TD1004, the
 * mono counterpart of −16 for stereo), so every patient sounds equally loud
 * and a clip never jumps out over the room tone. Synthetic speech is peaky
 * (20 dB between peak and loudness), so a fast limiter at −2 dBFS catches the
 * few peaks the gain would push over, leaving room for the MP3 encoder's
 * overshoot. Design choices, not findings.
 */
export const LOUDNESS_TARGET_LUFS = -19;
const PEAK_LIMIT = 0.794; // −2 dBFS
/** Mono MP3, 16 kHz at 24 kbit/s: small, and as clear as the voices are (the diphone voices have nothing above 8 kHz); MP3 plays in every browser, Safari included. */
const ENCODE = [
  '-ac',
  '1',
  '-ar',
  '16000',
  '-c:a',
  'libmp3lame',
  '-b:a',
  '24k',
  '-map_metadata',
  '-1',
  '-id3v2_version',
  '0',
  '-fflags',
  '+bitexact',
];
/** Keeps 50 ms of the engine's leading and trailing silence, so the clip starts on the first word. */
const TRIM = 'silenceremove=start_periods=1:start_threshold=-50dB:start_silence=0.05';

export interface MadeClip {
  seconds: number;
  bytes: number;
  lufs: number;
}

const semitones = (n: number) => (2 ** (n / 12)).toFixed(5);

/** ffmpeg filters that give the persona's pitch, vocal-tract size and rate. */
export function shapeFilters(voice: Pick<PersonaVoice, 'pitch' | 'tract' | 'tempo'>): string[] {
  const filters: string[] = [];
  if (voice.tract !== 0) filters.push(`rubberband=pitch=${semitones(voice.tract)}:formant=shifted`);
  if (voice.pitch !== 0 || voice.tempo !== 1) {
    filters.push(`rubberband=pitch=${semitones(voice.pitch)}:tempo=${voice.tempo}:formant=preserved`);
  }
  return filters;
}

/** The loudness filters for a clip measured at `lufs`: one gain to the target, then the peak limiter. */
export function loudnessFilters(lufs: number): string[] {
  return [`volume=${(LOUDNESS_TARGET_LUFS - lufs).toFixed(2)}dB`, `alimiter=limit=${PEAK_LIMIT}:attack=2:release=40:level=disabled`];
}

async function synthesise(voice: PersonaVoice, textFile: string, wav: string): Promise<void> {
  if (voice.engine === 'festival') await run('text2wave', ['-eval', `(voice_${voice.voice})`, textFile, '-o', wav]);
  else await run('espeak-ng', ['-v', voice.voice, '-f', textFile, '-w', wav]);
}

/** Integrated loudness (EBU R128, LUFS) as ffmpeg's loudnorm measures it. */
async function measureLufs(file: string): Promise<number> {
  const { stderr } = await run('ffmpeg', [
    '-hide_banner',
    '-nostats',
    '-i',
    file,
    '-af',
    `loudnorm=I=${LOUDNESS_TARGET_LUFS}:print_format=json`,
    '-f',
    'null',
    '-',
  ]);
  const report = JSON.parse(stderr.slice(stderr.lastIndexOf('{'), stderr.lastIndexOf('}') + 1)) as { input_i: string };
  const lufs = Number(report.input_i);
  if (!Number.isFinite(lufs)) throw new Error(`could not measure the loudness of ${file} (is it silent?)`);
  return lufs;
}

async function durationOf(file: string): Promise<number> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  return Number(stdout.trim());
}

/**
 * Speaks `spoken` in the persona's voice, trims the silence at both ends,
 * normalises the loudness (one measured gain and a peak limiter, no
 * compression, so the voice keeps its dynamics), writes a small MP3 at `out`
 * and reports the loudness measured on the MP3 itself. The file appears
 * only when complete, so an interrupted run leaves no half clip.
 */
export async function makeClip(spoken: string, voice: PersonaVoice, out: string, work: string, name: string): Promise<MadeClip> {
  const textFile = join(work, `${name}.txt`);
  const raw = join(work, `${name}.raw.wav`);
  const shaped = join(work, `${name}.wav`);
  const encoded = `${out}.part`;
  writeFileSync(textFile, `${spoken}\n`);
  await synthesise(voice, textFile, raw);
  const chain = [...shapeFilters(voice), TRIM, 'areverse', TRIM, 'areverse', 'aformat=channel_layouts=mono'].join(',');
  await run('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-i', raw, '-af', chain, '-c:a', 'pcm_f32le', shaped]);
  const filters = loudnessFilters(await measureLufs(shaped)).join(',');
  await run('ffmpeg', ['-hide_banner', '-v', 'error', '-y', '-i', shaped, '-af', filters, ...ENCODE, '-f', 'mp3', encoded]);
  const lufs = await measureLufs(encoded);
  renameSync(encoded, out);
  return { seconds: Math.round((await durationOf(out)) * 100) / 100, bytes: statSync(out).size, lufs: Math.round(lufs * 10) / 10 };
}
