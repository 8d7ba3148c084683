import { isChoiceSeed, type Scenario, type TranscriptEntry } from '../../engine/trainee';

/**
 * What SCORM's suspend_data holds to resume an attempt: not the engine's
 * snapshot (kilobytes of JSON, over SCORM 1.2's 4,096-character limit after a
 * few turns) but the few facts needed to replay it through the engine.
 */
export interface ResumeRecord {
  scenarioId: string;
  /** The first characters of the content hash: a replay on changed content is refused. */
  hash: string;
  /** The attempt's xAPI registration, so statements continue under it. */
  registration: string;
  /** Each decision in order: the chosen choice's authored index at its node (not its place on screen), or 'timeout'. */
  steps: (number | 'timeout')[];
  elapsedSeconds: number;
  /**
   * The attempt's choice-order seed, so the resumed attempt shows the same
   * order. Null or absent (records written before seeds, "cg1"): authored order.
   */
  seed?: number | null;
}

/** SCORM 1.2's cmi.suspend_data limit (CMIString4096); 2004 allows 64,000. */
export const SUSPEND_DATA_LIMIT_12 = 4096;

/** cg2 adds the choice-order seed as a seventh field; an attempt without a seed is written as before (cg1). */
const VERSION = 'cg2';
const VERSION_WITHOUT_SEED = 'cg1';
const TIMEOUT = '_';

/** The short hash stored in a resume record. */
export function shortHash(contentHash: string): string {
  return contentHash.replace(/^[a-z0-9]+:/, '').slice(0, 10);
}

/** One character per decision: its index in base 36, or "_" for a timeout. */
export function encodeResume(record: ResumeRecord): string {
  const steps = record.steps.map((step) => (step === 'timeout' ? TIMEOUT : step.toString(36))).join('');
  const fields = [
    encodeURIComponent(record.scenarioId),
    record.hash,
    record.registration.replace(/-/g, ''),
    steps,
    Math.round(record.elapsedSeconds),
  ];
  if (typeof record.seed !== 'number') return [VERSION_WITHOUT_SEED, ...fields].join('|');
  return [VERSION, ...fields, record.seed.toString(36)].join('|');
}

/** The record, or null for anything else (empty, another SCO's data, a future version). */
export function decodeResume(text: string): ResumeRecord | null {
  const parts = text.split('|');
  const withSeed = parts.length === 7 && parts[0] === VERSION;
  if (!withSeed && !(parts.length === 6 && parts[0] === VERSION_WITHOUT_SEED)) return null;
  const [, scenario, hash, reg, steps, elapsed, seedText] = parts as [string, string, string, string, string, string, string?];
  if (!/^[0-9a-z_]*$/.test(steps) || !/^[0-9a-f]{32}$/.test(reg) || !/^\d+$/.test(elapsed)) return null;
  const seed = seedText === undefined ? null : /^[0-9a-z]{1,7}$/.test(seedText) ? parseInt(seedText, 36) : Number.NaN;
  if (seed !== null && !isChoiceSeed(seed)) return null;
  let scenarioId: string;
  try {
    scenarioId = decodeURIComponent(scenario);
  } catch {
    return null;
  }
  return {
    scenarioId,
    hash,
    registration: `${reg.slice(0, 8)}-${reg.slice(8, 12)}-${reg.slice(12, 16)}-${reg.slice(16, 20)}-${reg.slice(20)}`,
    steps: [...steps].map((c) => (c === TIMEOUT ? 'timeout' : parseInt(c, 36))),
    elapsedSeconds: Number(elapsed),
    ...(seed === null ? {} : { seed }),
  };
}

/** A transcript as resume steps (choice ids → their index at the node). */
export function stepsOf(transcript: readonly TranscriptEntry[], scenario: Scenario): ResumeRecord['steps'] {
  return transcript.map((entry) => {
    if (entry.kind === 'timeout' || entry.choiceId === null) return 'timeout';
    const node = scenario.nodes.find((candidate) => candidate.id === entry.nodeId);
    const index = node?.choices.findIndex((choice) => choice.id === entry.choiceId) ?? -1;
    if (index < 0) throw new Error(`Choice "${entry.choiceId}" is not at node "${entry.nodeId}"`);
    return index;
  });
}
