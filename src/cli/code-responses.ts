/**
 * npm run code-responses -- [--jsonl] FILE
 * Codes each line of FILE (one clinician utterance a line) as a MITI behaviour
 * and rubric codes, with the same coder the app runs offline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeResponse } from '../engine/trainee';
import { readWeights } from './coder/coder-files';
import { jsonLine, table, unreadableFileReason, utteranceLines } from './coder/response-lines';

const USAGE = 'Usage: npm run code-responses -- [--jsonl] FILE   (one utterance a line)';

export function runCodeResponses(
  argv: readonly string[],
  io: { root: string; cwd: string; out: (text: string) => void; err: (text: string) => void },
): number {
  const unknown = argv.filter((arg) => arg.startsWith('--') && arg !== '--jsonl');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (unknown.length || files.length !== 1) {
    io.err(unknown.length ? `Unknown option ${unknown.join(', ')}.\n${USAGE}` : USAGE);
    return 2;
  }
  const path = resolve(io.cwd, files[0] as string);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    io.err(`Cannot read ${files[0]}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return 2;
  }
  const reason = unreadableFileReason(bytes);
  if (reason) {
    io.err(`Cannot code ${files[0]}: ${reason}.`);
    return 2;
  }
  const weights = readWeights(io.root);
  const rows = utteranceLines(new TextDecoder().decode(bytes)).map((original) => ({ original, coded: codeResponse(original, weights) }));
  io.out(argv.includes('--jsonl') ? rows.map((row) => jsonLine(row.original, row.coded)).join('\n') : table(rows));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCodeResponses(process.argv.slice(2), {
    root: resolve(import.meta.dirname, '../..'),
    // npm runs scripts from the project root; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
