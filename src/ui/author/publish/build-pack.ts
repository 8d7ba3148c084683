/**
 * Publishing: the chosen scenario files, checked again with the full checker
 * (the same one the trainee app will run), into one pack file. Loaded only
 * when an author publishes.
 */
import {
  checkPackScenarios,
  PACK_CHECKER_VERSION,
  PACK_FILE_SUFFIX,
  readPack,
  writePack,
  type PackScenarioInput,
} from '../../../export/packs';
import { checkScenarioSource, type Scenario } from '../../../engine/authoring';

// Loaded with publishing: a recording is checked against the pack's limits by the pack code itself.
export { checkRecording } from './check-recording';

export interface PublishFile {
  fileName: string;
  text: string;
  /**
   * Voice clips to carry: patient line (node or ending id) → sound bytes: the
   * recordings attached on the Author page, or the clips `npm run build:pack`
   * found for the file.
   */
  clips?: PackScenarioInput['clips'];
}

export type BuiltPack =
  | {
      ok: true;
      bytes: Uint8Array<ArrayBuffer>;
      fileName: string;
      titles: string[];
      /** Files whose lines name an `audio:` path of the app's own: the pack does not carry those sounds. */
      namedAudio: string[];
    }
  | { ok: false; problems: string[] };

const linesOf = (scenario: Scenario) => [...scenario.nodes, ...scenario.endings];

/** Clips for lines the scenario does not have would never play: refused, so the author hears of a typo. */
function strayClips(file: PublishFile, scenario: Scenario): string[] {
  const ids = new Set(linesOf(scenario).map((line) => line.id));
  return [...(file.clips?.keys() ?? [])]
    .filter((line) => !ids.has(line))
    .map((line) => `${file.fileName}: a voice clip is given for "${line}", which is not a node or ending of the scenario.`);
}

/** The file's scenario when it has no errors (the quick check: no route analysis), else null. */
export function scenarioOf(file: PublishFile): Scenario | null {
  return checkScenarioSource(file.text, file.fileName, { analyse: false }).compiled?.scenario ?? null;
}

const errorCount = (n: number) => (n === 1 ? '1 error' : `${n} errors`);

export function buildPack(files: readonly PublishFile[], now = new Date()): BuiltPack {
  const problems: string[] = [];
  const checked = files.map((file) => ({ file, result: checkScenarioSource(file.text, file.fileName) }));
  for (const { file, result } of checked) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    if (!result.ok || !result.compiled)
      problems.push(`${file.fileName} has ${errorCount(errors)}. Open it and fix what the Problems tab lists, then publish again.`);
    else problems.push(...strayClips(file, result.compiled.scenario));
  }
  const ids = checked.map(({ result }) => result.id);
  const twice = ids.filter((id, i) => id !== null && ids.indexOf(id) !== i);
  if (twice.length > 0) problems.push(`Two files have the id "${twice[0]}". A pack holds each scenario once.`);
  if (problems.length > 0) return { ok: false, problems };
  const scenarios = checked.map(({ file, result }) => ({
    id: result.compiled!.scenario.id,
    source: file.text,
    contentHash: result.compiled!.contentHash,
    ...(file.clips && file.clips.size > 0 ? { clips: file.clips } : {}),
  }));
  const bytes = writePack(scenarios, PACK_CHECKER_VERSION, now) as Uint8Array<ArrayBuffer>;
  // What the trainee app will do with it, done here first: a pack the app would refuse is never handed out.
  const read = readPack(bytes);
  if (!read.ok) return { ok: false, problems: read.problems };
  const again = checkPackScenarios(read.value, (source, file) => checkScenarioSource(source, file, { analyse: false }));
  if (!again.ok)
    return { ok: false, problems: again.scenarios.flatMap((s) => [...s.problems, ...s.diagnostics.map((d) => `${s.file}: ${d.message}`)]) };
  const stem = scenarios.length === 1 ? scenarios[0]!.id : `scenarios-${now.toISOString().slice(0, 10)}`;
  const namedAudio = checked
    .filter(({ result }) => linesOf(result.compiled!.scenario).some((line) => line.patient?.audio !== undefined))
    .map(({ file }) => file.fileName);
  return {
    ok: true,
    bytes,
    fileName: `${stem}${PACK_FILE_SUFFIX}`,
    titles: checked.map(({ result }) => result.title ?? result.id ?? ''),
    namedAudio,
  };
}
