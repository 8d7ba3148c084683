/**
 * The trainee door: what the play screen, debrief, history, storage and
 * export need at run time — the compiled scenario and its session, the
 * patient model, and scoring. Like inkjs's player build, it carries no YAML
 * parser, no schema (zod), no checker and no author-only analysis or lints:
 * tests/format/trainee-bundle.test.ts builds it and fails if they ride along.
 * Authors' tools use ./authoring, which re-exports this door.
 */

// --- the scenario's shape (types and the constants the UI lists) ---
export * from './format/scenario.types';
export { toCatalogEntry, type CatalogEntry } from './format/catalog-entry';
export { prepareCountryNames, settingText } from './format/setting-text';

// --- runtime: compiled form, machine, session view, resume ---
export type * from './runtime/session.types';
export { compileScenario, hashScenario, COMPILED_FORMAT_VERSION, type CompiledScenario } from './runtime/compile-scenario';
export { canonicalJson, fnv1a64 } from './runtime/content-hash';
export { forPlay } from './runtime/play-scenario';
export { createScenarioMachine, type ScenarioMachine } from './runtime/create-scenario-machine';
export { selectView, currentId, type ScenarioSnapshot } from './runtime/select-view';
export { choiceOrder, isChoiceSeed, type OrderableChoice } from './runtime/choice-order';
export type { SessionContext, SessionInput, RuntimeEvent } from './runtime/session-context';
export {
  persistSnapshot,
  readPersistedSnapshot,
  restoreActor,
  resumeTimeLimit,
  SnapshotMismatchError,
  SnapshotDamagedError,
  type ScenarioActor,
} from './runtime/restore-session';
export { createSession, getScenarioMachine, type Session, type SessionOptions } from './runtime/create-session';
export { mulberry32, seededRandom } from './runtime/mulberry32';
export { createListeners, type Listeners } from './runtime/listeners';

// --- model: the patient's response to a turn, routes, rubric, parameters ---
export { conditionHolds, nextTarget, type Branch } from './model/route';
export { applyTurn, type TurnOptions, type TurnResult } from './model/patient-step';
export { deriveExpression, displayedExpression } from './model/expression';
export { RUBRIC, codeById } from './model/rubric';
export { RUBRIC_EFFECTS } from './model/rubric-effects';
// Design choices, not findings: the guide and the debrief show them as such.
export * from './model/parameters';

// --- scoring: score card, debrief ---
export * from './scoring/scoring.types';
export { scoreAttempt, scoreTotals, type ScoreTotals } from './scoring/score-attempt';
export { replayTranscript, type ReplayedTranscript } from './scoring/replay-transcript';
export { analysisFor } from './scoring/analyse-scenario';
export { buildDebrief, DIMENSION_LABELS } from './scoring/debrief';
export { briefWhy, keyEvidence } from './scoring/explain';
export { shortLine } from './scoring/takeaways';
export { firstName } from './scoring/meter-words';

// --- the response coder: a trainee's own words, read as MITI behaviour and rubric codes ---
export { codeResponse, CODE_THRESHOLD } from './coder/code-response';
export { MAX_UTTERANCE_CHARS } from './coder/read-utterance';
export type { CoderWeights } from './coder/linear-model';
export {
  BEHAVIOURS,
  type Behaviour,
  type CodedResponse,
  type CodedRubricCode,
  type CorpusUtterance,
  type InputKind,
  type QuestionKind,
  type ReflectionKind,
} from './coder/coder.types';
export { rankOptions, ROUTING_WEIGHTS, type OptionMatch, type RoutableOption } from './coder/route-response';
export { loadCoderWeights } from './coder/load-weights';
