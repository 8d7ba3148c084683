/**
 * npm run validity -- [--json] [paths…]
 * The score-validity report: for each scenario (default: every
 * scenarios/*.scenario.yaml), the expert route beside the content-blind
 * strategies, the option cues and the expert route's MITI bands, then the
 * library means. Markdown tables, or JSON with --json. Exits 1 when a file
 * could not be analysed because it has errors.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkScenarioFiles } from '../build/check-files';
import type { CliIo } from './check-scenarios';
import { libraryMeans } from './validity-library';
import { libraryTable, scenarioTable, type ValidityEntry } from './validity-table';
import { scenarioArgs } from './scenario-args';

const USAGE = 'Usage: npm run validity -- [--json] [file-or-directory…]';
const isValidityCode = (code: string) => code >= 'SCN130' && code <= 'SCN134';

export function runValidityReport(argv: readonly string[], io: CliIo): number {
  const args = scenarioArgs(argv, io, ['--json'], USAGE);
  if ('exit' in args) return args.exit;
  const { flags, files } = args;
  const entries: ValidityEntry[] = checkScenarioFiles(io.cwd, files).map((result) => ({
    file: result.file,
    id: result.id,
    validity: result.stats?.validity ?? null,
    lints: [...new Set(result.diagnostics.map((d) => d.code).filter(isValidityCode))].sort(),
  }));
  const analysed = entries.flatMap((e) => (e.validity ? [e.validity] : []));
  const library = libraryMeans(analysed);
  if (flags.has('--json'))
    io.out(JSON.stringify({ scenarios: entries, library: { scenarios: analysed.length, strategies: library } }, null, 2));
  else
    io.out(
      [
        scenarioTable(entries),
        '',
        `Library means over ${analysed.length} scenario${analysed.length === 1 ? '' : 's'}:`,
        '',
        libraryTable(library, analysed.length),
      ].join('\n'),
    );
  return entries.some((e) => !e.validity) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runValidityReport(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
