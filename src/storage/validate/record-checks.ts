import {
  DIMENSIONS,
  isChoiceSeed,
  OUTCOME_CLASSES,
  PATIENT_STATE_VARIABLES,
  type DecisionReview,
  type DimensionScore,
  type MitiIndicator,
  type PatientState,
  type ScoreCard,
} from '../../engine/trainee';
import type {
  AttemptRecord,
  FreeTextProgress,
  FreeTextTurn,
  StoredTranscriptEntry,
  DraftRecord,
  InProgressRecord,
  OutboxRecord,
  Profile,
} from '../storage.types';
import {
  anyObject,
  arrayOf,
  dictOf,
  finite,
  flag,
  guard,
  nullable,
  oneOf,
  optional,
  satisfying,
  shape,
  text,
  toCheck,
  type Schema,
} from './checks';

const patientState = shape<PatientState>(
  Object.fromEntries(PATIENT_STATE_VARIABLES.map((name) => [name, finite])) as unknown as Record<keyof PatientState, Schema>,
);
const effects = dictOf(finite);
const outcome = nullable(oneOf(OUTCOME_CLASSES));
const texts = arrayOf(text);
const seed = satisfying(isChoiceSeed, 'should be a whole number from 0 to 4294967295');

const freeTextTurn = shape<FreeTextTurn>({
  words: optional(text),
  codes: arrayOf(shape<FreeTextTurn['codes'][number]>({ code: text, confidence: finite })),
  behaviour: text,
  kind: optional(text),
  closestChoiceId: text,
  overridden: flag,
});

const freeTextProgress = shape<FreeTextProgress>({
  turns: dictOf(freeTextTurn),
  draft: optional(text),
});

const transcriptEntry = shape<StoredTranscriptEntry>({
  turn: finite,
  nodeId: text,
  kind: oneOf(['choice', 'timeout']),
  choiceId: nullable(text),
  codes: texts,
  before: patientState,
  after: patientState,
  delta: effects,
  at: finite,
  freeText: optional(freeTextTurn),
});

const dimensionScore = shape<DimensionScore>({
  dimension: oneOf(DIMENSIONS),
  score: finite,
  raw: finite,
  best: finite,
  worst: finite,
  scoreable: optional(flag),
});

const mitiIndicator = shape<MitiIndicator>({
  id: text,
  value: nullable(finite),
  fair: nullable(finite),
  good: nullable(finite),
  band: text,
});

const decisionReview = shape<DecisionReview>({
  turn: finite,
  nodeId: text,
  choiceId: nullable(text),
  codes: texts,
  delta: effects,
  before: patientState,
  after: patientState,
  betterChoiceId: nullable(text),
  betterChoiceText: nullable(text),
  betterCodes: texts,
  why: text,
  evidence: texts,
  regret: finite,
});

const scoreCard = shape<ScoreCard>({
  overall: finite,
  dimensions: arrayOf(dimensionScore),
  miti: arrayOf(mitiIndicator),
  outcome,
  decisions: arrayOf(decisionReview),
});

const profile = shape<Profile>({
  id: text,
  displayName: text,
  programId: nullable(text),
  createdAt: finite,
  // Only its shape here; store-pins.ts checks the fields before using them (and loads on first use).
  pin: optional(anyObject),
});

const attempt = shape<AttemptRecord>({
  id: text,
  profileId: text,
  scenarioId: text,
  scenarioTitle: text,
  contentHash: text,
  scenarioSchemaVersion: finite,
  registration: text,
  startedAt: finite,
  finishedAt: finite,
  status: oneOf(['completed', 'abandoned']),
  outcome,
  transcript: arrayOf(transcriptEntry),
  score: nullable(scoreCard),
  checkpoints: texts,
  seed: optional(seed),
});

const inProgress = shape<InProgressRecord>({
  profileId: text,
  scenarioId: text,
  contentHash: text,
  registration: text,
  startedAt: finite,
  updatedAt: finite,
  snapshot: text,
  checkpoints: texts,
  seed: optional(seed),
  freeText: optional(freeTextProgress),
});

const draft = shape<DraftRecord>({
  id: text,
  fileName: text,
  text,
  updatedAt: finite,
});

const outbox = shape<OutboxRecord>({
  id: text,
  profileId: text,
  statement: anyObject,
  attempts: finite,
  nextAttemptAt: finite,
  status: oneOf(['pending', 'sending', 'failed']),
  lastError: nullable(text),
  createdAt: finite,
});

export const profileCheck = toCheck(profile);
export const attemptCheck = toCheck(attempt);
export const inProgressCheck = toCheck(inProgress);
export const draftCheck = toCheck(draft);
export const outboxCheck = toCheck(outbox);
/** A backup file's lists. */
export const profilesCheck = toCheck(arrayOf(profile));
export const attemptsCheck = toCheck(arrayOf(attempt));

export const isProfile = guard<Profile>(profileCheck, 'profile');
export const isAttempt = guard<AttemptRecord>(attemptCheck, 'attempt');
export const isInProgress = guard<InProgressRecord>(inProgressCheck, 'inProgress');
export const isDraft = guard<DraftRecord>(draftCheck, 'draft');
export const isOutbox = guard<OutboxRecord>(outboxCheck, 'outbox');
