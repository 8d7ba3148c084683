/**
 * npm run synthesise-voices -- [--jobs N] [scenario-id…]
 * Gives every patient line of every shipped scenario (or of the ids named) a
 * clip in its persona's voice (scenarios/voices/cast.json): synthesised,
 * trimmed, loudness-normalised MP3s under public/audio/<id>/, listed in
 * scenarios/voices/<id>.clips.json. Only missing or stale clips are made;
 * clips no line needs any more are deleted. Needs Debian's speech packages
 * (see scenarios/README.md, "Patient voices"); CI never runs this.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseScenario, type Scenario } from '../engine/authoring';
import { listScenarioFiles } from '../build/check-files';
import { readClipManifest, writeClipManifest, type ClipEntry } from '../build/voices/clip-manifest';
import { clipFolder } from '../build/voices/clip-plan';
import { checkScenarioClips } from '../build/voices/check-clips';
import { readVoiceCast, soundSettings, type VoiceCast } from '../build/voices/voice-cast';
import { checkTools } from './voices/check-tools';
import { makeClip } from './voices/make-clip';
import { removeOrphanClips } from './voices/remove-orphans';
import { writeVoiceCredits } from './voices/write-credits';

const USAGE = 'Usage: npm run synthesise-voices -- [--jobs N] [scenario-id…]';

interface Options {
  ids: string[];
  jobs: number;
}

function parseArgs(argv: readonly string[]): Options | string {
  const ids: string[] = [];
  let jobs = 2;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--jobs') {
      jobs = Number(argv[(i += 1)]);
      if (!Number.isInteger(jobs) || jobs < 1) return `--jobs needs a whole number of 1 or more.\n${USAGE}`;
    } else if (arg.startsWith('-')) return `Unknown option ${arg}.\n${USAGE}`;
    else ids.push(arg.replace(/^scenarios\//, '').replace(/\.scenario\.yaml$/, ''));
  }
  return { ids, jobs };
}

/** Runs `tasks` with at most `jobs` at a time. */
async function pool(tasks: (() => Promise<void>)[], jobs: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next];
      next += 1;
      await task?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
}

async function voiceScenario(root: string, dir: string, scenario: Scenario, cast: VoiceCast, jobs: number, work: string) {
  const status = checkScenarioClips(root, dir, scenario, cast);
  const voice = cast[scenario.id];
  if (!voice) throw new Error(status.problems[0]?.message ?? `no voice for ${scenario.id}`);
  const renamed = status.problems.find((p) => p.kind === 'persona-renamed');
  if (renamed) console.warn(`  note: ${renamed.message}`);
  const previous = new Map((readClipManifest(dir, scenario.id)?.clips ?? []).map((entry) => [entry.line, entry]));
  mkdirSync(join(root, 'public', clipFolder(scenario.id)), { recursive: true });
  const made = new Map<string, ClipEntry>();
  // Rewritten after every clip, so an interrupted run keeps what it made.
  const saveManifest = () => {
    const clips = status.planned.flatMap((clip) => {
      const entry = made.get(clip.lineId) ?? (status.fresh.has(clip.lineId) ? previous.get(clip.lineId) : undefined);
      return entry ? [entry] : [];
    });
    writeClipManifest(dir, { scenarioId: scenario.id, persona: scenario.persona.name, voice: soundSettings(voice), clips });
    return clips;
  };
  const todo = status.planned.filter((clip) => !status.fresh.has(clip.lineId));
  const failures: string[] = [];
  await pool(
    todo.map((clip) => async () => {
      try {
        const result = await makeClip(clip.spoken, voice, join(root, 'public', clip.file), work, `${scenario.id}-${clip.lineId}`);
        made.set(clip.lineId, { line: clip.lineId, file: clip.file, hash: clip.hash, spoken: clip.spoken, ...result });
        saveManifest();
      } catch (error) {
        failures.push(`${clip.lineId}: ${(error as Error).message.split('\n')[0]}`);
      }
    }),
    jobs,
  );
  const clips = saveManifest();
  if (failures.length > 0) throw new Error(`${failures.length} clip(s) could not be made:\n  ${failures.join('\n  ')}`);
  const removed = removeOrphanClips(root, scenario.id, new Set(clips.map((clip) => clip.file)));
  const bytes = clips.reduce((sum, clip) => sum + clip.bytes, 0);
  console.log(
    `${scenario.id}: ${todo.length} made, ${clips.length - todo.length} up to date, ${removed} removed (${clips.length} clips, ${(bytes / 1024).toFixed(0)} KB)`,
  );
  return { clips: clips.length, bytes };
}

export async function synthesiseVoices(argv: readonly string[], root = process.cwd()): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(options);
    return 2;
  }
  const missingTools = await checkTools();
  if (missingTools) {
    console.error(missingTools);
    return 1;
  }
  const dir = join(root, 'scenarios');
  const cast = readVoiceCast(dir) ?? {};
  const scenarios = listScenarioFiles(dir).flatMap((file) => {
    const { scenario } = parseScenario(readFileSync(file, 'utf8'), file);
    if (!scenario) console.error(`${file}: has errors (npm run check-scenarios); skipped.`);
    return scenario ? [scenario] : [];
  });
  const unknown = options.ids.filter((id) => !scenarios.some((s) => s.id === id));
  if (unknown.length > 0) {
    console.error(`No valid scenario with the id ${unknown.join(', ')} in scenarios/.`);
    return 1;
  }
  const chosen = options.ids.length > 0 ? scenarios.filter((s) => options.ids.includes(s.id)) : scenarios;
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'voices-'));
  let failed = false;
  let total = { clips: 0, bytes: 0 };
  try {
    for (const scenario of chosen) {
      try {
        const done = await voiceScenario(root, dir, scenario, cast, options.jobs, work);
        total = { clips: total.clips + done.clips, bytes: total.bytes + done.bytes };
      } catch (error) {
        failed = true;
        console.error(`${scenario.id}: ${(error as Error).message}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeVoiceCredits(root, scenarios, cast);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${total.clips} clips, ${(total.bytes / 1024 / 1024).toFixed(2)} MB, in ${seconds} s.`);
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await synthesiseVoices(process.argv.slice(2));
}
