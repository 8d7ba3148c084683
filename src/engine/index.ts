/**
 * The engine's only public door: parse → validate → compile → run → score.
 * Everything here is pure TypeScript with no React, DOM or storage.
 * Each section is maintained by the module it names.
 */

// --- format: the scenario as authored, diagnostics ---
export * from './format/scenario.types';
export type { Diagnostic, Severity } from './format/diagnostic.types';
export { parseScenario, type ParseResult, type ParseOptions } from './format/parse-scenario';
export { validateScenario, type ValidateOptions } from './format/validate-scenario';
export { checkScenarioSource, type CheckResult, type CheckOptions, type ScenarioStats } from './format/check-scenario';
export { migrateScenario, MIGRATIONS, type MigrationStep } from './format/migrate-scenario';
export { DIAGNOSTIC_CATALOGUE, diagnosticInfo, type DiagnosticInfo } from './format/diagnostic-catalogue';
export { toCatalogEntry, type CatalogEntry } from './format/catalog-entry';

// --- runtime: compiled form, machine, session view ---
export type * from './runtime/session.types';
export { compileScenario, hashScenario, COMPILED_FORMAT_VERSION, type CompiledScenario } from './runtime/compile-scenario';
export { canonicalJson, fnv1a64 } from './runtime/content-hash';
export { createScenarioMachine, type ScenarioMachine } from './runtime/create-scenario-machine';
export { selectView, currentId, type ScenarioSnapshot } from './runtime/select-view';
export { choiceOrder, isChoiceSeed, type OrderableChoice } from './runtime/choice-order';
export type { SessionContext, SessionInput, RuntimeEvent } from './runtime/session-context';
export { conditionHolds, nextTarget, type Branch } from './model/route';
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

// --- scoring: rubric, patient model, scores, analysis, debrief ---
export * from './scoring/scoring.types';
export { RUBRIC, codeById, validateRubric } from './model/rubric';
export { applyTurn, type TurnOptions, type TurnResult } from './model/patient-step';
export { deriveExpression, displayedExpression } from './model/expression';
export { scoreAttempt } from './scoring/score-attempt';
export { analyseScenario, analysisFor, type AnalyseOptions } from './scoring/analyse-scenario';
export { lintScenario, type LintOptions } from './scoring/lint-scenario';
export { buildDebrief, DIMENSION_LABELS } from './scoring/debrief';
export { playRoute, type PlayedRoute } from './scoring/play-route';
export { SCORING_DIAGNOSTICS } from './scoring/scoring-diagnostics';
