/**
 * npm run new-scenario -- <id>
 * Creates scenarios/<id>.scenario.yaml from a commented template that passes
 * the checker. Never overwrites an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCENARIO_SUFFIX } from '../build/check-files';
import { SCENARIO_ID_PATTERN, scenarioTemplate } from '../engine/authoring';
import type { CliIo } from './check-scenarios';

const USAGE = 'Usage: npm run new-scenario -- <id>   (lower-case words joined by hyphens, e.g. knee-oa-carer)';

/** Creates the file; `--dir <folder>` writes elsewhere than scenarios/ (tests). */
export function runNewScenario(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  const dirFlag = args.indexOf('--dir');
  const dir = dirFlag === -1 ? 'scenarios' : args.splice(dirFlag, 2)[1];
  const [id, ...rest] = args;
  if (id === undefined || dir === undefined || rest.length > 0 || id.startsWith('-')) {
    io.err(USAGE);
    return 2;
  }
  if (id.length > 64 || !SCENARIO_ID_PATTERN.test(id)) {
    io.err(`"${id}" is not a valid scenario id: use lower-case letters, digits and single hyphens (at most 64 characters).`);
    return 2;
  }
  const folder = resolve(io.cwd, dir);
  const file = join(folder, `${id}${SCENARIO_SUFFIX}`);
  if (existsSync(file)) {
    io.err(`${file} already exists; choose another id or edit that file.`);
    return 1;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, scenarioTemplate(id), { flag: 'wx' });
  io.out(
    `Created ${join(dir, `${id}${SCENARIO_SUFFIX}`)}.\nNext: edit it, then run npm run check-scenarios -- ${join(dir, `${id}${SCENARIO_SUFFIX}`)}`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runNewScenario(process.argv.slice(2), {
    cwd: process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
