import { describe, expect, it } from 'vitest';
import evidence from '../../../seeds/evidence.json' with { type: 'json' };
import { RUBRIC, codeById, validateRubric } from './rubric';
import { DIMENSIONS } from '../scoring/scoring.types';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const codesOf = (diagnostics: { code: string }[]) => diagnostics.map((d) => d.code);

describe('rubric', () => {
  it('ships 29 codes that pass validation against the evidence base', () => {
    expect(RUBRIC.codes).toHaveLength(29);
    expect(validateRubric(RUBRIC, evidence)).toEqual([]);
  });
  it('looks codes up by id', () => {
    expect(codeById('CR')?.name).toMatch(/reflection/i);
    expect(codeById('nope')).toBeUndefined();
  });
  it('every dimension is served by at least one building code', () => {
    for (const d of DIMENSIONS) expect(RUBRIC.codes.some((c) => c.direction === 'building' && c.dimensions.includes(d))).toBe(true);
  });
});

describe('validateRubric', () => {
  it('SCN100: missing fields and a missing code list', () => {
    const r = clone(RUBRIC) as unknown as { codes: Record<string, unknown>[] };
    delete r.codes[0]!.definition;
    r.codes[1]!.dimensions = ['vibes'];
    const d = validateRubric(r, evidence);
    expect(d.filter((x) => x.code === 'SCN100').map((x) => x.path)).toEqual([
      ['codes', 0, 'definition'],
      ['codes', 1, 'dimensions'],
    ]);
    expect(codesOf(validateRubric({}, evidence))).toEqual(['SCN100']);
    expect(validateRubric({ codes: [null] }, evidence)[0]?.code).toBe('SCN100');
  });
  it('SCN101: duplicate code id', () => {
    const r = clone(RUBRIC);
    r.codes.push(clone(r.codes[0]!));
    expect(codesOf(validateRubric(r, evidence))).toEqual(['SCN101']);
  });
  it('SCN102: unknown evidence id', () => {
    const r = clone(RUBRIC);
    r.codes[2]!.evidence.push('no-such-paper');
    const d = validateRubric(r, evidence);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'SCN102', severity: 'error', path: ['codes', 2, 'evidence', r.codes[2]!.evidence.length - 1] });
  });
  it('SCN103: a dimension no building code serves', () => {
    const r = clone(RUBRIC);
    r.codes = r.codes.filter((c) => !(c.direction === 'building' && c.dimensions.includes('tasks')));
    expect(codesOf(validateRubric(r, evidence))).toEqual(['SCN103']);
  });
  it('SCN104: a code rests on an unverified evidence entry', () => {
    const e = clone(evidence) as { entries: { id: string; confidence: string }[] };
    const cited = RUBRIC.codes[0]!.evidence[0]!;
    e.entries.find((x) => x.id === cited)!.confidence = 'unverified';
    const d = validateRubric(RUBRIC, e);
    expect(d.length).toBeGreaterThan(0);
    expect(new Set(codesOf(d))).toEqual(new Set(['SCN104']));
  });
  it('SCN107: a code whose entries are all secondary or design notes', () => {
    const e = clone(evidence) as { entries: { id: string; confidence: string }[] };
    const qq = RUBRIC.codes.findIndex((c) => c.id === 'QQ');
    for (const id of RUBRIC.codes[qq]!.evidence) e.entries.find((x) => x.id === id)!.confidence = 'secondary';
    const d = validateRubric(RUBRIC, e);
    expect(d.filter((x) => x.code === 'SCN107').map((x) => x.path)).toEqual([['codes', qq, 'evidence']]);
    expect(d.find((x) => x.code === 'SCN107')?.message).toMatch(/QQ rests on no verified evidence/);
  });
  it('SCN105: weight sign contradicts direction', () => {
    const r = clone(RUBRIC);
    r.codes.find((c) => c.id === 'ARG')!.weight = 2;
    expect(codesOf(validateRubric(r, evidence))).toEqual(['SCN105']);
  });
});
