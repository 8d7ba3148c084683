/**
 * The authoring door: everything the trainee door offers, plus what only
 * authors' tools need — the YAML parser, schema and checker, the diagnostic
 * catalogue, the scenario template, whole-scenario analysis, lints, the
 * score-validity analysis and route playing. The author page (lazily loaded),
 * the CLI, the build plugin and the bench import it; trainee-side code must
 * not (lint enforces it), so none of this reaches the trainee's bundle.
 */
export * from './trainee';

// --- format: the scenario as authored, diagnostics ---
export type { Diagnostic, Severity } from './format/diagnostic.types';
export { parseScenario, parseScenarioShape, type ParseResult, type ParseOptions } from './format/parse-scenario';
export { validateScenario, type ValidateOptions } from './format/validate-scenario';
export { checkScenarioSource, type CheckResult, type CheckOptions, type ScenarioStats } from './format/check-scenario';
export { migrateScenario, MIGRATIONS, type MigrationStep } from './format/migrate-scenario';
export { DIAGNOSTIC_CATALOGUE, diagnosticInfo, type DiagnosticInfo } from './format/diagnostic-catalogue';
export { makeDiagnostic } from './format/make-diagnostic';
export { placeDiagnostics } from './format/place-diagnostics';
export { createSourceLocator, type SourceLocator } from './format/source-locator';
export { readYaml, MAX_SOURCE_CHARS } from './format/read-yaml';
export { SCENARIO_ID_PATTERN } from './format/schema-parts';
export { scenarioTemplate } from './format/scenario-template';
export { SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from './format/json-schema';

// --- model: checking the rubric file ---
export { joinEffects, validateRubric } from './model/rubric';
export { validateEvidence, missingSourceDetails, EVIDENCE_FILE } from './model/evidence-check';
export { RUBRIC_EFFECTS_FILE } from './model/rubric-effects';

// --- scoring: whole-scenario analysis, lints, route playing ---
export { analyseScenario, type AnalyseOptions } from './scoring/analyse-scenario';
export { lintScenario, type LintOptions } from './scoring/lint-scenario';
export { playRoute, type PlayedRoute } from './scoring/play-route';
export { SCORING_DIAGNOSTICS } from './scoring/scoring-diagnostics';

// --- score validity: do content-blind strategies score well? ---
export { analyseValidity, type ValidityStats } from './scoring/validity/analyse-validity';
export { STRATEGIES, STRATEGY_IDS, STRATEGY_LABELS, type StrategyId } from './scoring/validity/content-blind-strategies';
export { validityFindings, type ValidityCode } from './scoring/validity/lint-validity';
export { strategyScores, type PlayOutcome, type StrategyResult } from './scoring/validity/strategy-scores';
export { RANDOM_BEST_ENDING_SHARE } from './scoring/validity/validity-thresholds';

// --- the response coder's training and measurement (scripts and tests only) ---
export { trainCoder } from './coder/train-coder';
export { packWeights, unpackWeights, type PackedCoderWeights } from './coder/packed-weights';
export { parseCorpus, type CorpusProblem } from './coder/parse-corpus';
export { FOLDS, foldOf, isHeldOut } from './coder/held-out';
export { cohenKappa, categoryKappa } from './coder/cohen-kappa';
