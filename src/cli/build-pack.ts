/**
 * npm run build:pack -- <file.scenario.yaml>… [--out <name>.cgpack.zip]
 *
 * A scenario pack with voices: the same publishing code as the Author page's
 * "Publish a pack" (where an instructor attaches recordings by hand), plus each scenario's up-to-date
 * voice clips, the ones `npm run synthesise-voices` made (listed in
 * <folder>/voices/<id>.clips.json, files under public/). A stale clip is
 * left out, as the app build leaves it out. A file with an error publishes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { voiceClipsFor } from '../build/voices/voice-clips-for';
import { PACK_FILE_SUFFIX } from '../export/packs';
import { buildPack, scenarioOf, type PublishFile } from '../ui/author/publish/build-pack';
import type { CliIo } from './check-scenarios';

const USAGE = 'Usage: npm run build:pack -- <file.scenario.yaml>… [--out <name>.cgpack.zip]';
const FORMATS = new Set(['mp3', 'ogg', 'wav'] as const);
type Format = 'mp3' | 'ogg' | 'wav';

/** A scenario file with its fresh voice clips (line id → bytes), read from `root`'s public/. */
export function publishFileWithVoices(root: string, path: string): PublishFile {
  const text = readFileSync(path, 'utf8');
  const file: PublishFile = { fileName: basename(path), text };
  const scenario = scenarioOf({ fileName: path, text });
  // A file with errors goes to buildPack as it is, which says what is wrong.
  if (!scenario) return file;
  const clips = new Map<string, { bytes: Uint8Array; extension: Format }>();
  for (const [line, clip] of Object.entries(voiceClipsFor(root, dirname(path), scenario) ?? {})) {
    const extension = extname(clip).slice(1) as Format;
    if (FORMATS.has(extension)) clips.set(line, { bytes: new Uint8Array(readFileSync(join(root, 'public', clip))), extension });
  }
  return clips.size > 0 ? { ...file, clips } : file;
}

export function runBuildPack(argv: readonly string[], io: CliIo, now = new Date()): number {
  const args = [...argv];
  const outFlag = args.indexOf('--out');
  const out = outFlag === -1 ? undefined : args.splice(outFlag, 2)[1];
  if (args.length === 0 || args.some((arg) => arg.startsWith('-')) || (outFlag !== -1 && !out?.endsWith(PACK_FILE_SUFFIX))) {
    io.err(USAGE);
    return 2;
  }
  const files = args.map((path) => publishFileWithVoices(io.cwd, resolve(io.cwd, path)));
  const built = buildPack(files, now);
  if (!built.ok) {
    io.err(`Nothing was published:\n${built.problems.map((problem) => `  ${problem}`).join('\n')}`);
    return 1;
  }
  const target = resolve(io.cwd, out ?? built.fileName);
  writeFileSync(target, built.bytes);
  const clipCount = files.reduce((sum, file) => sum + (file.clips?.size ?? 0), 0);
  io.out(
    `Wrote ${target} (${Math.round(built.bytes.length / 1000)} kB): ${built.titles.map((t) => `“${t}”`).join(', ')}, ` +
      `${clipCount === 0 ? 'no voice clips' : clipCount === 1 ? '1 voice clip' : `${clipCount} voice clips`}.`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runBuildPack(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
