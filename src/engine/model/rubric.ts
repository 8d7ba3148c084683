/**
 * The behaviour-code rubric and its self-check. Its words and evidence live in
 * seeds/rubric.json and its pushes on patient state in seeds/rubric-effects.json
 * (which the play screen bundles alone, see rubric-effects.ts); RUBRIC joins them.
 * The JSON is bundled (a JSON import), so trainees' browsers need no fetch.
 */
import rubricJson from '../../../seeds/rubric.json' with { type: 'json' };
import type { Diagnostic } from '../format/diagnostic.types';
import { PATIENT_STATE_VARIABLES } from '../format/scenario.types';
import { DIMENSIONS, type BehaviourCode, type Rubric } from '../scoring/scoring.types';
import { RUBRIC_EFFECTS } from './rubric-effects';

/** A rubric's codes joined with their effects (codes without an effect entry keep none, and fail validation). */
export function joinEffects(rubric: unknown, effects: Readonly<Record<string, unknown>>): unknown {
  if (typeof rubric !== 'object' || rubric === null || !Array.isArray((rubric as { codes?: unknown }).codes)) return rubric;
  const codes = (rubric as { codes: unknown[] }).codes.map((code) =>
    typeof code === 'object' && code !== null && typeof (code as { id?: unknown }).id === 'string'
      ? { ...code, effect: effects[(code as { id: string }).id] }
      : code,
  );
  return { ...rubric, codes };
}

export const RUBRIC: Rubric = joinEffects(rubricJson, RUBRIC_EFFECTS) as Rubric;

const BY_ID = new Map(RUBRIC.codes.map((code) => [code.id, code]));

/** The rubric entry for a code id, or undefined for an unknown id. */
export function codeById(id: string): BehaviourCode | undefined {
  return BY_ID.get(id);
}

export const RUBRIC_FILE = 'seeds/rubric.json';
const DIRECTIONS = ['building', 'damaging', 'context'];
const MITI = ['question', 'simpleReflection', 'complexReflection', 'adherent', 'nonAdherent', 'none'];
const INFLUENCES = ['anger', 'hostility', 'perceived-injustice'];

type Path = (string | number)[];
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isTextList = (v: unknown, allowed?: string[]): v is string[] =>
  Array.isArray(v) && v.every((x) => isText(x) && (!allowed || allowed.includes(x)));

/**
 * Checks the rubric against itself and the evidence base (SCN100–SCN105, SCN107).
 * Both arguments are taken as unknown JSON so a broken seed file reports
 * diagnostics instead of throwing.
 */
export function validateRubric(rubric: unknown, evidence: unknown, file = RUBRIC_FILE): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (code: string, message: string, path: Path, severity: Diagnostic['severity'] = 'error') =>
    out.push({ code, severity, message, file, line: 0, col: 0, path });

  const codes = isObj(rubric) && Array.isArray(rubric.codes) ? rubric.codes : null;
  if (!codes) {
    report('SCN100', 'The rubric needs a "codes" list.', ['codes']);
    return out;
  }
  const evidenceById = new Map<string, Obj>();
  if (isObj(evidence) && Array.isArray(evidence.entries)) {
    for (const entry of evidence.entries) if (isObj(entry) && isText(entry.id)) evidenceById.set(entry.id, entry);
  }
  const seen = new Set<string>();
  const served = new Set<string>();
  codes.forEach((code: unknown, i) => {
    if (!isObj(code)) return report('SCN100', `Rubric entry ${i + 1} is not an object.`, ['codes', i]);
    const label = isText(code.id) ? code.id : `entry ${i + 1}`;
    const missing = (field: string, what: string) =>
      report('SCN100', `Code ${label}: "${field}" is missing or invalid (${what}).`, ['codes', i, field]);
    if (!isText(code.id)) missing('id', 'a non-empty string');
    else if (seen.has(code.id)) report('SCN101', `Code id "${code.id}" is used twice.`, ['codes', i, 'id']);
    else seen.add(code.id);
    for (const field of ['name', 'definition', 'example']) if (!isText(code[field])) missing(field, 'a non-empty string');
    if (!isTextList(code.dimensions, [...DIMENSIONS]) || code.dimensions.length === 0)
      missing('dimensions', `one or more of ${DIMENSIONS.join(', ')}`);
    if (!isText(code.direction) || !DIRECTIONS.includes(code.direction)) missing('direction', DIRECTIONS.join(' | '));
    if (typeof code.weight !== 'number' || !Number.isFinite(code.weight)) missing('weight', 'a number');
    else if ((code.direction === 'building' && code.weight <= 0) || (code.direction === 'damaging' && code.weight >= 0))
      report('SCN105', `Code ${label}: weight ${code.weight} contradicts direction "${String(code.direction)}".`, ['codes', i, 'weight']);
    const effect = code.effect;
    if (
      !isObj(effect) ||
      Object.entries(effect).some(([k, v]) => !(PATIENT_STATE_VARIABLES as readonly string[]).includes(k) || typeof v !== 'number')
    )
      missing('effect', 'numbers keyed by patient-state variables');
    if (!isText(code.miti) || !MITI.includes(code.miti)) missing('miti', MITI.join(' | '));
    if (!isTextList(code.influences, INFLUENCES)) missing('influences', INFLUENCES.join(', '));
    if (!isTextList(code.evidence) || code.evidence.length === 0) missing('evidence', 'one or more evidence ids');
    else {
      code.evidence.forEach((id, j) => {
        const entry = evidenceById.get(id);
        if (!entry) report('SCN102', `Code ${label} cites "${id}", which is not in seeds/evidence.json.`, ['codes', i, 'evidence', j]);
        else if (entry.confidence === 'unverified')
          report('SCN104', `Code ${label} rests on "${id}", which is marked unverified.`, ['codes', i, 'evidence', j]);
      });
      // Secondary entries and design notes may add to a code's case but never carry it alone.
      const checkable = code.evidence.some((id) => evidenceById.get(id)?.confidence === 'verified');
      const allKnown = code.evidence.every((id) => evidenceById.has(id));
      if (allKnown && !checkable)
        report(
          'SCN107',
          `Code ${label} rests on no verified evidence: every entry it cites is secondary or a design note. Cite a verified source that supports it.`,
          ['codes', i, 'evidence'],
        );
    }
    if (code.direction === 'building' && isTextList(code.dimensions)) for (const d of code.dimensions) served.add(d);
  });
  for (const dimension of DIMENSIONS)
    if (!served.has(dimension))
      report('SCN103', `No alliance-building code serves the "${dimension}" dimension, so it can only lose points.`, ['codes']);
  return out;
}
