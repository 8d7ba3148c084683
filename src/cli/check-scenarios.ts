/**
 * npm run check-scenarios -- [--json] [paths…]
 * Checks scenario files (default: every scenarios/*.scenario.yaml) and the
 * rubric; prints `path:line:col severity SCNnnn message` lines and a summary,
 * or JSON with --json. Exits 1 when anything is an error.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkScenarioFiles } from '../build/check-files';
import { checkRubricFiles, RUBRIC_PATH } from '../build/check-rubric';
import { exitCodeFor, formatHumanReport, toJsonReport } from '../build/report';
import { scenarioArgs } from './scenario-args';

export interface CliIo {
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = 'Usage: npm run check-scenarios -- [--json] [--no-analysis] [file-or-directory…]';

export function runCheckScenarios(argv: readonly string[], io: CliIo): number {
  const args = scenarioArgs(argv, io, ['--json', '--no-analysis'], USAGE);
  if ('exit' in args) return args.exit;
  const { flags, files } = args;
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
