/**
 * npm run play -- FILE [--seed N] [--jsonl] [--coach]
 * Plays a scenario in the terminal (like inklecate -p). The logic lives in
 * src/cli/player/; this only wires it to the process.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPlayer } from './player/run-player';

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void runPlayer(process.argv.slice(2), {
    cwd: process.cwd(),
    input: process.stdin,
    write: (text) => void process.stdout.write(text),
    err: (text) => console.error(text),
    drawSeed: () => crypto.getRandomValues(new Uint32Array(1))[0]!,
  }).then((code) => {
    process.exitCode = code;
  });
}
