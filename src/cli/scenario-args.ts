/**
 * What the scenario CLIs (check-scenarios, validity) share: their flags and
 * the scenario files named on the command line (default: every
 * scenarios/*.scenario.yaml).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { listScenarioFiles } from '../build/check-files';
import type { CliIo } from './check-scenarios';

export type ScenarioArgs = { flags: Set<string>; files: string[] } | { exit: number };

/** Flags and files, or the exit code after printing usage or a missing path. */
export function scenarioArgs(argv: readonly string[], io: CliIo, allowed: readonly string[], usage: string): ScenarioArgs {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => ![...allowed, '--help'].includes(f));
  if (flags.has('--help') || unknown.length > 0) {
    if (unknown.length > 0) io.err(`Unknown option ${unknown.join(', ')}`);
    io.err(usage);
    return { exit: unknown.length > 0 ? 2 : 0 };
  }
  const targets = argv.filter((a) => !a.startsWith('--'));
  const files: string[] = [];
  for (const target of targets.length > 0 ? targets : ['scenarios']) {
    const path = resolve(io.cwd, target);
    if (!existsSync(path)) {
      io.err(`${target}: no such file or directory`);
      return { exit: 2 };
    }
    files.push(...(statSync(path).isDirectory() ? listScenarioFiles(path) : [path]));
  }
  return { flags, files };
}
