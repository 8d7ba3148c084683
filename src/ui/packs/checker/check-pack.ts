/**
 * The trainee app's pack check: the pack format's bounds, then every scenario
 * through the same checker the Author page and `npm run check-scenarios`
 * use, with its analysis (for scoring). It runs in a worker (check-pack.worker.ts),
 * which is why this folder, alone outside the Author page, may use the authoring door.
 */
import { checkPackScenarios, readPack } from '../../../export/packs';
import { checkScenarioSource, diagnosticInfo } from '../../../engine/authoring';
import type { PackCheckOutcome, PackCheckRequest } from '../pack-check-types';

export function checkPack({ bytes, builtInIds }: PackCheckRequest): PackCheckOutcome {
  const read = readPack(bytes);
  if (!read.ok) return { ok: false, problems: read.problems, scenarios: [] };
  const checked = checkPackScenarios(read.value, (source, file) => checkScenarioSource(source, file), new Set(builtInIds));
  if (checked.ok) {
    return { ok: true, publishedAt: read.value.manifest.publishedAt, scenarios: checked.scenarios.map((s) => s.compiled) };
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
