/**
 * The validity report as Markdown tables: one row per scenario (expert route
 * and each content-blind strategy, option cues, expert MITI bands, lints
 * fired), then the library means. Markdown so it pastes into an issue.
 */
import type { MitiIndicator, StrategyResult, ValidityStats } from '../engine/authoring';
import type { LibraryMean } from './validity-library';

export interface ValidityEntry {
  file: string;
  id: string | null;
  /** Null when the file has errors, so there is no analysis. */
  validity: ValidityStats | null;
  /** Score-validity lint codes fired (SCN130–SCN134), distinct and sorted. */
  lints: string[];
}

const MITI_SHORT: Record<MitiIndicator['id'], string> = {
  reflectionToQuestion: 'R:Q',
  percentComplexReflections: '%CR',
  adherent: 'adh',
  nonAdherent: 'non-adh',
};

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const orDash = (x: number | null) => (x === null ? '—' : String(x));

/** "49 partial", or "12.2 escalated 40/64" for random play (its most common ending). */
function strategyCell(result: StrategyResult | undefined): string {
  if (!result) return '—';
  const [top] = Object.entries(result.outcomes).sort((a, b) => b[1] - a[1]);
  const ending = top ? (result.plays > 1 ? `${top[0]} ${top[1]}/${result.plays}` : top[0]) : 'nowhere';
  return `${result.score} ${ending}`;
}

const mitiCell = (m: MitiIndicator) => `${MITI_SHORT[m.id]} ${orDash(m.value)} ${m.band}`;

const HEADER = [
  'Scenario',
  'Expert',
  'alwaysFirst',
  'alwaysLongest',
  'longestQuestion',
  'random (mean)',
  'Best is longest (chance)',
  'Words best:others',
  'One safe option',
  'Locally best ≠ best',
  'Expert MITI',
  'Lints',
];

export function scenarioTable(entries: readonly ValidityEntry[]): string {
  const lines = [row(HEADER), row(HEADER.map(() => '---'))];
  for (const { file, id, validity, lints } of entries) {
    const name = id ?? file;
    if (!validity) {
      lines.push(row([name, 'not analysed (the file has errors)', ...HEADER.slice(2).map(() => '—')]));
      continue;
    }
    const { expert, options } = validity;
    const byId = (sid: StrategyResult['id']) => validity.strategies.find((s) => s.id === sid);
    lines.push(
      row([
        name,
        `${expert.score} ${expert.outcome ?? 'nowhere'}`,
        strategyCell(byId('alwaysFirst')),
        strategyCell(byId('alwaysLongest')),
        strategyCell(byId('longestQuestion')),
        strategyCell(byId('random')),
        `${options.bestIsLongest}/${options.decisions} = ${orDash(options.bestIsLongestPercent)}% (${orDash(options.chanceLongestPercent)}%)`,
        orDash(options.wordRatio),
        `${options.oneSafeOption}/${options.allDecisions} = ${orDash(options.oneSafeOptionPercent)}%`,
        `${options.locallyBestNotBest}/${options.decisions}`,
        expert.miti.map(mitiCell).join('; '),
        lints.length === 0 ? 'none' : lints.join(' '),
      ]),
    );
  }
  return lines.join('\n');
}

export function libraryTable(means: readonly LibraryMean[], scenarios: number): string {
  const header = ['Strategy', 'Mean score', `Scenarios reaching alliance (of ${scenarios})`];
  return [row(header), row(header.map(() => '---')), ...means.map((m) => row([m.id, orDash(m.meanScore), m.allianceScenarios]))].join('\n');
}
