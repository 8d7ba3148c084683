/**
 * The engine's only public door: parse → validate → compile → run → score.
 * Everything here is pure TypeScript with no React, DOM or storage.
 * Each section is maintained by the module it names.
 */

// --- format: the scenario as authored, diagnostics ---
export * from './format/scenario.types';
export type { Diagnostic, Severity } from './format/diagnostic.types';

// --- runtime: compiled form, machine, session view ---
export type * from './runtime/session.types';

// --- scoring: rubric, patient model, scores, analysis, debrief ---
export * from './scoring/scoring.types';
