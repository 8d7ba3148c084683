/**
 * npm run check-scenarios -- [--json] [paths…]
 * Checks scenario files (default: every scenarios/*.scenario.yaml) and the
 * rubric; prints `path:line:col severity SCNnnn message` lines and a summary,
 * or JSON with --json. Exits 1 when anything is an error.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkScenarioFiles, listScenarioFiles } from '../build/check-files';
import { checkRubricFiles, RUBRIC_PATH } from '../build/check-rubric';
import { exitCodeFor, formatHumanReport, toJsonReport } from '../build/report';

export interface CliIo {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

const USAGE = 'Usage: npm run check-scenarios -- [--json] [--no-analysis] [file-or-directory…]';

export function runCheckScenarios(argv: readonly string[], io: CliIo): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--json', '--no-analysis', '--help'].includes(f));
  if (flags.has('--help') || unknown.length > 0) {
    if (unknown.length > 0) io.err(`Unknown option ${unknown.join(', ')}`);
    io.err(USAGE);
    return unknown.length > 0 ? 2 : 0;
  }
  const targets = argv.filter((a) => !a.startsWith('--'));
  const files: string[] = [];
  for (const target of targets.length > 0 ? targets : ['scenarios']) {
    const path = resolve(io.cwd, target);
    if (!existsSync(path)) {
      io.err(`${target}: no such file or directory`);
      return 2;
    }
    files.push(...(statSync(path).isDirectory() ? listScenarioFiles(path) : [path]));
  }
  const results = checkScenarioFiles(io.cwd, files, { analyse: !flags.has('--no-analysis') });
  const rubric = existsSync(join(io.cwd, RUBRIC_PATH)) ? checkRubricFiles(io.cwd) : [];
  io.out(flags.has('--json') ? JSON.stringify(toJsonReport(results, rubric), null, 2) : formatHumanReport(results, rubric));
  return exitCodeFor(results, rubric);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runCheckScenarios(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
