import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSourceLocator, placeDiagnostics, readYaml, validateRubric, type Diagnostic } from '../engine/authoring';

export const RUBRIC_PATH = 'seeds/rubric.json';
export const EVIDENCE_PATH = 'seeds/evidence.json';

/**
 * The rubric's self-check (the scoring module's SCN100+ codes) with line and
 * column filled in: JSON is YAML, so the scenario locator finds paths in it.
 */
export function checkRubricFiles(root: string): Diagnostic[] {
  const rubricSource = readFileSync(join(root, RUBRIC_PATH), 'utf8');
  const rubric = readYaml(rubricSource, RUBRIC_PATH);
  const evidence = readYaml(readFileSync(join(root, EVIDENCE_PATH), 'utf8'), EVIDENCE_PATH);
  if (!rubric.data || !evidence.data) return [...rubric.diagnostics, ...evidence.diagnostics];
  const diagnostics = validateRubric(rubric.data, evidence.data, RUBRIC_PATH);
  return placeDiagnostics(diagnostics, createSourceLocator(rubricSource));
}
