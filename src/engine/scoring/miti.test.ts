import { describe, expect, it } from 'vitest';
import { mitiCounts, mitiIndicators } from './miti';

const turns = (...codes: string[][]) => codes.map((c) => ({ codes: c }));
const byId = (t: ReturnType<typeof turns>) => Object.fromEntries(mitiIndicators(t).map((m) => [m.id, m]));

describe('MITI indicators', () => {
  it('counts reflections, questions (QQ as three), adherent and non-adherent codes', () => {
    expect(mitiCounts(turns(['CR', 'VAL'], ['SR'], ['EXP'], ['QQ'], ['SEEK', 'AUT'], ['AF'], ['ARG', 'PERS']))).toEqual({
      simpleReflections: 1,
      complexReflections: 1,
      questions: 4,
      adherent: 3,
      nonAdherent: 2,
    });
  });
  it('bands R:Q and %CR against the MITI fair/good thresholds', () => {
    const good = byId(turns(['CR'], ['CR'], ['SR'], ['CR'], ['EXP']));
    expect(good.reflectionToQuestion).toMatchObject({ value: 4, band: 'good', fair: 1, good: 2 });
    expect(good.percentComplexReflections).toMatchObject({ value: 75, band: 'good' });
    const fair = byId(turns(['CR'], ['SR'], ['EXP'], ['GOAL'], ['SR']));
    expect(fair.reflectionToQuestion).toMatchObject({ value: 1.5, band: 'fair' });
    expect(fair.percentComplexReflections).toMatchObject({ value: 33.3, band: 'below-fair' });
    expect(byId(turns(['QQ'], ['SR'])).reflectionToQuestion).toMatchObject({ value: 0.33, band: 'below-fair' });
  });
  it('is not applicable without questions or reflections', () => {
    const none = byId(turns(['VAL']));
    expect(none.reflectionToQuestion).toMatchObject({ value: null, band: 'not-applicable' });
    expect(none.percentComplexReflections).toMatchObject({ value: null, band: 'not-applicable' });
  });
  it('bands adherent up and non-adherent down', () => {
    expect(byId(turns(['AF'], ['SEEK'])).adherent!.band).toBe('good');
    expect(byId(turns(['AF'])).adherent!.band).toBe('fair');
    expect(byId(turns()).adherent!.band).toBe('below-fair');
    expect(byId(turns()).nonAdherent!.band).toBe('good');
    expect(byId(turns(['ARG'])).nonAdherent!.band).toBe('fair');
    expect(byId(turns(['ARG'], ['PERS'])).nonAdherent!.band).toBe('below-fair');
  });
});
