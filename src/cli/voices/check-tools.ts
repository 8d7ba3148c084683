import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

const TOOLS: [command: string, args: string[], packages: string][] = [
  ['text2wave', ['-h'], 'festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts'],
  ['espeak-ng', ['--version'], 'espeak-ng'],
  ['ffmpeg', ['-version'], 'ffmpeg'],
  ['ffprobe', ['-version'], 'ffmpeg'],
];

/** A message naming the packages to install, or null when every tool answers. */
export async function checkTools(): Promise<string | null> {
  const missing: string[] = [];
  for (const [command, args, packages] of TOOLS) {
    try {
      await run(command, args);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') missing.push(packages);
    }
  }
  if (missing.length === 0) return null;
  return `The speech tools are not installed. On Debian or Ubuntu: sudo apt-get install ${[...new Set(missing)].join(' ')}`;
}
