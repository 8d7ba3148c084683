import { readFileSync } from 'node:fs';
import { analyseScenario, toCatalogEntry, type CatalogEntry, type CheckResult, type CompiledScenario } from '../engine/authoring';
import { checkScenarioFile, listScenarioFiles, reportDuplicateIds } from './check-files';
import { voiceClipsFor } from './voices/voice-clips-for';

interface Cached {
  source: string;
  result: CheckResult;
}

/**
 * The shipped scenarios as the build plugin sees them, checked once per
 * content change. In dev the analysis (slow on large scenarios) runs only
 * when a scenario is actually opened.
 */
export class ScenarioStore {
  private cache = new Map<string, Cached>();

  constructor(
    private readonly root: string,
    private readonly dir: string,
    private readonly analyseEagerly: boolean,
  ) {}

  /** Every scenario file's check result, re-checking only files that changed. */
  results(): CheckResult[] {
    const files = listScenarioFiles(this.dir);
    for (const known of this.cache.keys()) if (!files.includes(known)) this.cache.delete(known);
    const results = files.map((file) => {
      const source = readFileSync(file, 'utf8');
      const cached = this.cache.get(file);
      if (cached?.source === source) return cached.result;
      const result = checkScenarioFile(this.root, file, { analyse: this.analyseEagerly });
      this.cache.set(file, { source, result });
      return result;
    });
    return reportDuplicateIds(this.root, results);
  }

  /** Library entries for the scenarios that have no errors. */
  catalog(): CatalogEntry[] {
    return this.results().flatMap((r) => (r.ok && r.compiled ? [toCatalogEntry(r.compiled)] : []));
  }

  /** The built scenario with its analysis and voice clips attached, or undefined if unknown or broken. */
  compiled(id: string): CompiledScenario | undefined {
    const result = this.results().find((r) => r.ok && r.id === id);
    const compiled = result?.compiled ?? undefined;
    if (compiled && compiled.analysis === undefined) {
      try {
        compiled.analysis = analyseScenario(compiled);
      } catch {
        // Scores fall back to unnormalised values; the checker reports SCN061.
      }
    }
    if (compiled) {
      const clips = voiceClipsFor(this.root, this.dir, compiled.scenario);
      if (clips) compiled.voiceClips = clips;
      else delete compiled.voiceClips;
    }
    return compiled;
  }

  /** Forget a file so the next look re-reads it. */
  invalidate(file: string): void {
    this.cache.delete(file);
  }
}
