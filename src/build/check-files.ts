import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  checkScenarioSource,
  createSourceLocator,
  makeDiagnostic,
  MAX_SOURCE_CHARS,
  type CheckOptions,
  type CheckResult,
} from '../engine/authoring';

export const SCENARIO_SUFFIX = '.scenario.yaml';

/** A path as shown to authors: relative to the project, with forward slashes. */
export function displayPath(root: string, file: string): string {
  const rel = relative(root, resolve(root, file));
  return (rel.startsWith('..') || isAbsolute(rel) ? resolve(root, file) : rel).split(sep).join('/');
}

/** The shipped scenario files of a directory, sorted. */
export function listScenarioFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(SCENARIO_SUFFIX))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads and checks one file. Bytes that are not UTF-8 become U+FFFD, which
 * the checker reports as binary content; files far over the size cap are not
 * read at all.
 */
export function checkScenarioFile(root: string, file: string, options: CheckOptions = {}): CheckResult {
  const path = resolve(root, file);
  const shown = displayPath(root, file);
  const publicFileExists = options.publicFileExists ?? ((p: string) => existsSync(join(root, 'public', p)));
  if (statSync(path).size > MAX_SOURCE_CHARS * 4) {
    const message = `The file is larger than ${MAX_SOURCE_CHARS / 1_000_000} MB; it was not read.`;
    const diagnostic = makeDiagnostic('SCN002', message, [], shown, { line: 1, col: 1 });
    return { file: shown, id: null, title: null, ok: false, diagnostics: [diagnostic], stats: null, compiled: null };
  }
  const source = new TextDecoder('utf-8').decode(readFileSync(path));
  return checkScenarioSource(source, shown, { ...options, publicFileExists });
}

/** Two files may not declare the same id (SCN051); reported on the later file. */
export function reportDuplicateIds(root: string, results: CheckResult[]): CheckResult[] {
  const owners = new Map<string, string>();
  return results.map((result) => {
    if (result.id === null) return result;
    const owner = owners.get(result.id);
    if (owner === undefined) {
      owners.set(result.id, result.file);
      return result;
    }
    const at = createSourceLocator(readFileSync(resolve(root, result.file), 'utf8')).locate(['id']);
    const diagnostic = makeDiagnostic('SCN051', `The id "${result.id}" is already used by ${owner}.`, ['id'], result.file, at);
    return { ...result, ok: false, compiled: null, diagnostics: [...result.diagnostics, diagnostic] };
  });
}

/** Checks files (or every scenario in `dir` when none are given). */
export function checkScenarioFiles(root: string, files: string[], options: CheckOptions = {}): CheckResult[] {
  return reportDuplicateIds(
    root,
    files.map((file) => checkScenarioFile(root, file, options)),
  );
}
