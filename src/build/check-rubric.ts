import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createSourceLocator,
  joinEffects,
  placeDiagnostics,
  readYaml,
  RUBRIC_EFFECTS_FILE,
  validateEvidence,
  validateRubric,
  type Diagnostic,
} from '../engine/authoring';

export const RUBRIC_PATH = 'seeds/rubric.json';
export const EVIDENCE_PATH = 'seeds/evidence.json';
export const EFFECTS_PATH = RUBRIC_EFFECTS_FILE;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The rubric's and the evidence base's self-check (the scoring module's SCN100+ codes) with line and
 * column filled in: JSON is YAML, so the scenario locator finds paths in it.
 * The rubric's words and its effects live in two files; a problem with a
 * code's effect is reported in the effects file, at that code's entry.
 */
export function checkRubricFiles(root: string): Diagnostic[] {
  const rubricSource = readFileSync(join(root, RUBRIC_PATH), 'utf8');
  const effectsSource = readFileSync(join(root, EFFECTS_PATH), 'utf8');
  const rubric = readYaml(rubricSource, RUBRIC_PATH);
  const effects = readYaml(effectsSource, EFFECTS_PATH);
  const evidenceSource = readFileSync(join(root, EVIDENCE_PATH), 'utf8');
  const evidence = readYaml(evidenceSource, EVIDENCE_PATH);
  if (!rubric.data || !evidence.data || !effects.data) return [...rubric.diagnostics, ...effects.diagnostics, ...evidence.diagnostics];
  const effectMap = isObj(effects.data) && isObj(effects.data.effects) ? effects.data.effects : {};
  const codes = isObj(rubric.data) && Array.isArray(rubric.data.codes) ? (rubric.data.codes as unknown[]) : [];
  const idAt = (i: unknown) => {
    const code = typeof i === 'number' ? codes[i] : undefined;
    return isObj(code) && typeof code.id === 'string' ? code.id : null;
  };
  const all = validateRubric(joinEffects(rubric.data, effectMap), evidence.data, RUBRIC_PATH);
  const inEffects = (d: Diagnostic) => d.path.length === 3 && d.path[2] === 'effect' && idAt(d.path[1]) !== null;
  const onRubric = all.filter((d) => !inEffects(d));
  const onEffects = all.filter(inEffects).map((d) => ({ ...d, file: EFFECTS_PATH, path: ['effects', idAt(d.path[1])!] }));
  const unknown = Object.keys(effectMap)
    .filter((id) => !codes.some((_, i) => idAt(i) === id))
    .map(
      (id): Diagnostic => ({
        code: 'SCN100',
        severity: 'error',
        message: `"${id}" has an effect but no entry in ${RUBRIC_PATH}.`,
        file: EFFECTS_PATH,
        line: 0,
        col: 0,
        path: ['effects', id],
      }),
    );
  return [
    ...placeDiagnostics(onRubric, createSourceLocator(rubricSource)),
    ...placeDiagnostics([...onEffects, ...unknown], createSourceLocator(effectsSource)),
    ...placeDiagnostics(validateEvidence(evidence.data, EVIDENCE_PATH), createSourceLocator(evidenceSource)),
  ];
}
