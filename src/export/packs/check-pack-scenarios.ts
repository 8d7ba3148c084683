import { COMPILED_FORMAT_VERSION, SCENARIO_SCHEMA_VERSION, type CompiledScenario } from '../../engine/trainee';
import type { ReadPack } from './pack-format';

/** Names the checker a pack was published with: the scenario format and the built form it makes. */
export const PACK_CHECKER_VERSION = `scenario-${SCENARIO_SCHEMA_VERSION}.compiled-${COMPILED_FORMAT_VERSION}`;

/** The parts of a checker diagnostic a trainee is shown (structurally the engine's Diagnostic). */
export interface PackDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  col: number;
}

/** What the checker says about one source: the engine's CheckResult, structurally. */
export interface SourceCheck {
  ok: boolean;
  id: string | null;
  diagnostics: readonly PackDiagnostic[];
  compiled: CompiledScenario | null;
}

/** The checker, passed in: this layer may not import it, and the browser runs it in a worker. */
export type CheckSource = (source: string, file: string) => SourceCheck;

export interface PackScenarioProblem {
  /** The pack's path of the scenario file. */
  file: string;
  /** Errors only, in the checker's words, with line and column. */
  diagnostics: PackDiagnostic[];
  /** Problems that are not the checker's (a wrong hash, a taken id), in plain words. */
  problems: string[];
}

export type PackCheck =
  | { ok: true; scenarios: { compiled: CompiledScenario; source: string }[] }
  | { ok: false; scenarios: PackScenarioProblem[] };

/**
 * Re-checks every scenario of a read pack with the same checker that
 * published it. One error anywhere rejects the whole pack; so does a
 * scenario whose content hash is not the one the pack claims (it was changed
 * after publishing), one whose id is not the one listed, or one whose id is
 * already built into the app (`reservedIds`).
 */
export function checkPackScenarios(pack: ReadPack, check: CheckSource, reservedIds: ReadonlySet<string> = new Set()): PackCheck {
  const accepted: { compiled: CompiledScenario; source: string }[] = [];
  const rejected: PackScenarioProblem[] = [];
  for (const entry of pack.manifest.scenarios) {
    const source = pack.sources.get(entry.id);
    if (source === undefined) throw new Error(`readPack kept no source for "${entry.id}"`);
    const result = check(source, entry.file);
    const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
    const problems: string[] = [];
    const compiled = result.ok ? result.compiled : null;
    if (compiled) {
      if (compiled.scenario.id !== entry.id)
        problems.push(`The pack lists it as "${entry.id}" but the file says its id is "${compiled.scenario.id}".`);
      if (compiled.contentHash !== entry.contentHash) {
        problems.push('Its content is not what the pack says it is (the content hash differs): it was changed after it was published.');
      }
      if (reservedIds.has(entry.id)) problems.push(`A scenario with the id "${entry.id}" is already built into this app.`);
    } else if (diagnostics.length === 0) {
      problems.push('The checker could not build it.');
    }
    if (compiled && diagnostics.length === 0 && problems.length === 0) accepted.push({ compiled, source });
    else rejected.push({ file: entry.file, diagnostics, problems });
  }
  return rejected.length > 0 ? { ok: false, scenarios: rejected } : { ok: true, scenarios: accepted };
}
