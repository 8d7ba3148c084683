/**
 * The trainee app's pack check: the pack format's bounds, then every scenario
 * through the same checker the Author page and `npm run check-scenarios`
 * use, with its analysis (for scoring). It runs in a worker (check-pack.worker.ts),
 * which is why this folder, alone outside the Author page, may use the authoring door.
 */
import { audioKind, checkPackScenarios, readPack, type ReadPack } from '../../../export/packs';
import { checkScenarioSource, diagnosticInfo } from '../../../engine/authoring';
import type { CompiledScenario } from '../../scenarios/engine';
import type { CheckedClip, PackCheckOutcome, PackCheckRequest } from '../pack-check-types';

/** The accepted scenarios' clips, each with the version and line it speaks (readPack has checked every header). */
function clipsOf(pack: ReadPack, scenarios: readonly CompiledScenario[]): CheckedClip[] {
  return pack.manifest.scenarios.flatMap((entry) => {
    const compiled = scenarios.find((s) => s.scenario.id === entry.id)!;
    return (entry.clips ?? []).flatMap((clip) => {
      const bytes = pack.clips.get(clip.file);
      const kind = bytes && audioKind(bytes);
      return bytes && kind ? [{ contentHash: compiled.contentHash, scenarioId: entry.id, line: clip.line, kind, bytes }] : [];
    });
  });
}

export function checkPack({ bytes, builtInIds }: PackCheckRequest): PackCheckOutcome {
  const read = readPack(bytes);
  if (!read.ok) return { ok: false, problems: read.problems, scenarios: [] };
  const checked = checkPackScenarios(read.value, (source, file) => checkScenarioSource(source, file), new Set(builtInIds));
  if (checked.ok) {
    const scenarios = checked.scenarios.map((s) => s.compiled);
    return { ok: true, publishedAt: read.value.manifest.publishedAt, scenarios, clips: clipsOf(read.value, scenarios) };
  }
  return {
    ok: false,
    problems: [],
    scenarios: checked.scenarios.map((scenario) => ({
      ...scenario,
      diagnostics: scenario.diagnostics.map((d) => {
        const info = diagnosticInfo(d.code);
        return { code: d.code, severity: d.severity, message: d.message, line: d.line, col: d.col, title: info.title, fix: info.fix };
      }),
    })),
  };
}
