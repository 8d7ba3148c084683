import { GRAPH_DIAGNOSTICS, INTERNAL_DIAGNOSTICS, ORDER_DIAGNOSTICS } from './catalogue-graph';
import { INPUT_DIAGNOSTICS } from './catalogue-input';
import { SCHEMA_DIAGNOSTICS } from './catalogue-schema';
import { STORY_DIAGNOSTICS } from './catalogue-story';
import { TEXT_DIAGNOSTICS } from './catalogue-text';
import type { DiagnosticInfo } from './diagnostic-info.types';
import { SCORING_DIAGNOSTICS } from '../scoring/scoring-diagnostics';

export type { DiagnosticInfo } from './diagnostic-info.types';

/**
 * Every format diagnostic (SCN001–SCN099), in code order. SCN100–SCN149 belong
 * to the scoring module (rubric checks and lints) and are listed there.
 * Codes are never reused: a retired code keeps its entry with `retired: true`.
 */
export const DIAGNOSTIC_CATALOGUE: readonly DiagnosticInfo[] = [
  ...INPUT_DIAGNOSTICS,
  ...SCHEMA_DIAGNOSTICS,
  ...GRAPH_DIAGNOSTICS,
  ...INTERNAL_DIAGNOSTICS,
  ...ORDER_DIAGNOSTICS,
  ...STORY_DIAGNOSTICS,
  ...TEXT_DIAGNOSTICS,
  // SCN100–SCN149: the scoring module's rubric checks and lints (src/engine/scoring/scoring-diagnostics.ts).
  ...SCORING_DIAGNOSTICS,
];

const BY_CODE = new Map(DIAGNOSTIC_CATALOGUE.map((info) => [info.code, info]));

/** The catalogue entry for a code; throws for an unknown code (a bug, not an author mistake). */
export function diagnosticInfo(code: string): DiagnosticInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new Error(`No diagnostic ${code} in the catalogue`);
  return info;
}
