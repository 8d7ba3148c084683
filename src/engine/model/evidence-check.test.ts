import { describe, expect, it } from 'vitest';
import evidence from '../../../seeds/evidence.json' with { type: 'json' };
import { missingSourceDetails, validateEvidence } from './evidence-check';

const complete = {
  authors: 'Linton SJ, Boersma K, Vangronsveld K, Fruzzetti A',
  year: 2012,
  title: 'Painfully reassuring? The effects of validation on emotions and adherence in a pain test',
  venue: 'Eur J Pain. 2012;16(4):592–599',
  url: 'https://biblio.ugent.be/publication/3005763',
};

describe('validateEvidence (SCN106)', () => {
  it('passes the shipped evidence base', () => {
    expect(validateEvidence(evidence)).toEqual([]);
  });

  it('fails an entry marked verified whose citation a reader could not find', () => {
    const base = { entries: [{ id: 'ryan-2022', confidence: 'verified', citation: 'Ryan & Harmon (2022); details not recorded.' }] };
    const [found, ...rest] = validateEvidence(base);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ code: 'SCN106', severity: 'error', path: ['entries', 0, 'source'] });
    expect(found?.message).toBe(
      'Evidence "ryan-2022" is marked verified but its source lacks authors, year, title, venue, a DOI, PMID or stable URL. Add them, or mark it secondary.',
    );
  });

  it('names each missing detail, and accepts a DOI, a PMID or a stable URL as the identifier', () => {
    expect(missingSourceDetails({ source: complete })).toEqual([]);
    expect(missingSourceDetails({ source: { ...complete, url: undefined, doi: '10.1016/j.ejpain.2011.07.011' } })).toEqual([]);
    expect(missingSourceDetails({ source: { ...complete, url: undefined, pmid: '21272712' } })).toEqual([]);
    expect(missingSourceDetails({ source: { ...complete, url: undefined } })).toEqual(['a DOI, PMID or stable URL']);
    expect(missingSourceDetails({ source: { ...complete, venue: '', year: '2012' } })).toEqual(['year', 'venue']);
    expect(missingSourceDetails({ source: { ...complete, url: 'PMC8791082 (2022)' } })).toEqual(['a DOI, PMID or stable URL']);
  });

  it('leaves secondary entries alone: they may lack details but cannot carry a code alone', () => {
    expect(validateEvidence({ entries: [{ id: 'poster', confidence: 'secondary' }] })).toEqual([]);
  });
});
