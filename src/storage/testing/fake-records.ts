import { DIMENSIONS, type PatientState, type ScoreCard, type TranscriptEntry } from '../../engine/trainee';
import type { AttemptRecord, FreeTextTurn, InProgressRecord, Profile } from '../storage.types';

/** Test factories for storage records (used by unit and e2e tests only). */

const STATE: PatientState = { anger: 60, trust: 30, injustice: 70, goalAgreement: 10, taskAgreement: 5 };

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${(counter += 1)}`;

export function fakeProfile(overrides: Partial<Profile> = {}): Profile {
  return { id: nextId('profile'), displayName: 'Sam Okafor', programId: null, createdAt: 1_700_000_000_000, ...overrides };
}

export function fakeEntry(turn: number, overrides: Partial<TranscriptEntry> = {}): TranscriptEntry {
  return {
    turn,
    nodeId: `node-${turn + 1}`,
    kind: 'choice',
    choiceId: 'a',
    codes: ['CR'],
    before: STATE,
    after: { ...STATE, anger: STATE.anger - 10 },
    delta: { anger: -10 },
    at: 1_700_000_100_000 + turn * 1000,
    ...overrides,
  };
}

/** A decision answered in free text, words kept: an open question about experience, routed to option a. */
export function fakeFreeTextTurn(overrides: Partial<FreeTextTurn> = {}): FreeTextTurn {
  return {
    words: 'What has been hardest for you?',
    codes: [{ code: 'EXP', confidence: 0.97 }],
    behaviour: 'question',
    kind: 'open',
    closestChoiceId: 'a',
    overridden: false,
    ...overrides,
  };
}

export function fakeScore(overall = 70, outcome: ScoreCard['outcome'] = 'alliance'): ScoreCard {
  return {
    overall,
    dimensions: DIMENSIONS.map((dimension, i) => ({ dimension, score: overall - i * 5, raw: 10, best: 20, worst: -10 })),
    miti: [{ id: 'reflectionToQuestion', value: 1.5, fair: 1, good: 2, band: 'fair' }],
    outcome,
    decisions: [],
  };
}

export function fakeAttempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  const id = overrides.id ?? nextId('attempt');
  return {
    id,
    profileId: 'profile-0',
    scenarioId: 'work-injury-claim',
    scenarioTitle: 'Nobody believes me',
    contentHash: 'hash-1',
    scenarioSchemaVersion: 1,
    registration: `reg-${id}`,
    startedAt: 1_700_000_000_000,
    finishedAt: 1_700_000_600_000,
    status: 'completed',
    outcome: 'alliance',
    transcript: [fakeEntry(0), fakeEntry(1), fakeEntry(2, { choiceId: 'b', codes: ['VAL', 'INJ'] })],
    score: fakeScore(),
    checkpoints: ['{}', '{}', '{}'],
    ...overrides,
  };
}

export function fakeInProgress(overrides: Partial<InProgressRecord> = {}): InProgressRecord {
  return {
    profileId: 'profile-0',
    scenarioId: 'work-injury-claim',
    contentHash: 'hash-1',
    registration: 'reg-open',
    startedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_300_000,
    snapshot: '{"value":"opening-1"}',
    checkpoints: [],
    ...overrides,
  };
}
