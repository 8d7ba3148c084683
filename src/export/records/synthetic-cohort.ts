import { DIMENSIONS, type PatientState, type TranscriptEntry } from '../../engine/trainee';
import type { AttemptRecord, Profile } from '../../storage/storage.types';
import { buildExportFile, type ExportFile } from '../backup/export-file';
import type { CohortAttempt } from './cohort.types';
import { planAttempt, seededRandom, SYNTHETIC_SCENARIOS, traineeName, type PlannedAttempt } from './synthetic-plan';

export interface SyntheticCohortOptions {
  trainees: number;
  /** Attempts per trainee, drawn evenly from [min, max]. */
  attemptsPerTrainee?: [number, number];
  /** How many of the synthetic scenarios to use (1–4). */
  scenarios?: number;
  seed?: number;
  /** The cohort's first day (ms since epoch); attempts spread over eight weeks. */
  start?: number;
}

const WEEK_MS = 7 * 86_400_000;

/** Calls `visit` for every planned attempt, trainee by trainee, in time order. */
function plan(options: SyntheticCohortOptions, visit: (profile: Profile, attemptId: string, planned: PlannedAttempt) => void) {
  const { trainees, attemptsPerTrainee = [2, 8], scenarios = 4, seed = 1, start = Date.UTC(2025, 0, 6, 9) } = options;
  const random = seededRandom(seed);
  const scenarioCount = Math.max(1, Math.min(SYNTHETIC_SCENARIOS.length, scenarios));
  for (let t = 0; t < trainees; t += 1) {
    const profile: Profile = {
      id: `synthetic-${seed}-${t}`,
      displayName: traineeName(t),
      programId: `PT-${1000 + t}`,
      createdAt: start,
    };
    const [min, max] = attemptsPerTrainee;
    const count = min + Math.floor(random() * (max - min + 1));
    let skill = 0.15 + random() * 0.45;
    for (let k = 0; k < count; k += 1) {
      const startedAt = start + Math.floor(((k + random()) / Math.max(count, 1)) * 8 * WEEK_MS);
      visit(profile, `syn-${seed}-${t}-${k}`, planAttempt(random, skill, Math.floor(random() * scenarioCount), startedAt));
      skill = Math.min(0.95, skill + 0.06);
    }
  }
}

const step = (value: number, change: number) => Math.max(0, Math.min(100, Math.round(value + change)));

function toRecord(profile: Profile, id: string, planned: PlannedAttempt): AttemptRecord {
  const scenario = SYNTHETIC_SCENARIOS[planned.scenarioIndex]!;
  let state: PatientState = { anger: 65, trust: 20, injustice: 70, goalAgreement: 10, taskAgreement: 5 };
  const transcript = planned.decisions.map((decision, turn): TranscriptEntry => {
    const before = state;
    const q = decision.quality;
    state = {
      ...before,
      anger: step(before.anger, (0.5 - q) * 20),
      trust: step(before.trust, (q - 0.4) * 15),
      goalAgreement: step(before.goalAgreement, q * 10),
      taskAgreement: step(before.taskAgreement, q * 8),
    };
    const delta = { anger: state.anger - before.anger, trust: state.trust - before.trust };
    const kind = decision.choiceId === 'timeout' ? 'timeout' : 'choice';
    const at = planned.startedAt + (turn + 1) * 45_000;
    return {
      turn,
      nodeId: decision.nodeId,
      kind,
      choiceId: kind === 'timeout' ? null : decision.choiceId,
      codes: decision.codes,
      before,
      after: state,
      delta,
      at,
    };
  });
  const score =
    planned.overall === null || !planned.dimensions
      ? null
      : {
          overall: planned.overall,
          dimensions: DIMENSIONS.map((dimension) => ({ dimension, score: planned.dimensions![dimension], raw: 0, best: 10, worst: -10 })),
          miti: [],
          outcome: planned.outcome,
          decisions: [],
        };
  return {
    id,
    profileId: profile.id,
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    contentHash: `synthetic-${scenario.id}`,
    scenarioSchemaVersion: 1,
    registration: `reg-${id}`,
    startedAt: planned.startedAt,
    finishedAt: planned.finishedAt,
    status: planned.abandoned ? 'abandoned' : 'completed',
    outcome: planned.outcome,
    transcript,
    score,
    checkpoints: [],
  };
}

/** One valid, checksummed export file per synthetic trainee, as a trainee would hand in. */
export function generateCohortFiles(options: SyntheticCohortOptions): ExportFile[] {
  const byTrainee = new Map<string, { profile: Profile; attempts: AttemptRecord[] }>();
  plan(options, (profile, id, planned) => {
    const entry = byTrainee.get(profile.id) ?? { profile, attempts: [] };
    entry.attempts.push(toRecord(profile, id, planned));
    byTrainee.set(profile.id, entry);
  });
  const exportedAt = (options.start ?? Date.UTC(2025, 0, 6)) + 9 * WEEK_MS;
  return [...byTrainee.values()].map(({ profile, attempts }) => buildExportFile([profile], attempts, exportedAt));
}

/** The same cohort straight in the dashboard's shape: cheap enough for 100,000 attempts. */
export function generateCohortAttempts(options: SyntheticCohortOptions): CohortAttempt[] {
  const attempts: CohortAttempt[] = [];
  plan(options, (profile, id, planned) => {
    const scenario = SYNTHETIC_SCENARIOS[planned.scenarioIndex]!;
    attempts.push({
      attemptId: id,
      traineeKey: profile.id,
      traineeName: profile.displayName,
      programId: profile.programId,
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      finishedAt: planned.finishedAt,
      status: planned.abandoned ? 'abandoned' : 'completed',
      outcome: planned.outcome,
      overall: planned.overall,
      dimensions: planned.dimensions ?? {},
      decisions: planned.decisions.map(({ nodeId, choiceId, codes }) => ({ nodeId, choiceId, codes })),
    });
  });
  return attempts;
}
