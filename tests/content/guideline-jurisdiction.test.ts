/**
 * Scenario feedback cites guidelines that fit where the scenario is set, and
 * never a guideline that has been replaced (the CDC's 2016 opioid guideline
 * by its 2022 one). Every rubric code rests on at least one entry a reader can
 * check, and every such entry gives what is needed to find it.
 */
import { describe, expect, it } from 'vitest';
import evidence from '../../seeds/evidence.json' with { type: 'json' };
import rubric from '../../seeds/rubric.json' with { type: 'json' };
import { missingSourceDetails, parseScenario } from '../../src/engine/authoring';
import { buildCitationIndex, isCitationGroup, parenthesisedGroups, resolveGroup, type CitableEntry } from './feedback-citations';
import { jurisdictionProblem, type GuidelineEntry } from './guideline-jurisdiction';

const shipped = import.meta.glob<string>('/scenarios/*.scenario.yaml', { query: '?raw', import: 'default', eager: true });
const entries = evidence.entries as (CitableEntry & GuidelineEntry & { confidence: string })[];
const byId = new Map(entries.map((entry) => [entry.id, entry]));
const index = buildCitationIndex(entries);

function citedIds(source: string, file: string): { country: string | undefined; ids: string[] } {
  const { scenario } = parseScenario(source, file);
  if (!scenario) throw new Error(`${file} does not parse`);
  const texts = scenario.nodes.flatMap((node) => [node.timeLimit?.feedback ?? '', ...node.choices.map((choice) => choice.feedback ?? '')]);
  const ids = texts.flatMap((text) =>
    parenthesisedGroups(text)
      .filter((group) => isCitationGroup(group, index))
      .flatMap((group) => resolveGroup(group, index).flatMap((item) => item.ids)),
  );
  return { country: scenario.setting?.country, ids: [...new Set(ids)] };
}

describe.each(Object.entries(shipped))('%s', (file, source) => {
  const { country, ids } = citedIds(source, file);

  it('states the country it is set in', () => {
    expect(country).toMatch(/^[A-Z]{2}$/);
  });

  it('cites only guidelines that fit its country, and none that has been replaced', () => {
    const problems = ids.flatMap((id) => {
      const entry = byId.get(id);
      const problem = entry && country ? jurisdictionProblem(entry, country) : null;
      return problem ? [problem] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('jurisdictionProblem', () => {
  const nice = { id: 'nice-ng59-imaging', kind: 'clinical-guideline', jurisdiction: 'GB' };
  it('rejects a national guideline outside its country and accepts it at home', () => {
    expect(jurisdictionProblem(nice, 'US')).toBe('nice-ng59-imaging is a GB guideline, and the scenario is set in US');
    expect(jurisdictionProblem(nice, 'GB')).toBeNull();
  });
  it('lets multinational guidelines and research papers travel, but not replaced guidelines', () => {
    expect(jurisdictionProblem({ id: 'eular', kind: 'clinical-guideline', jurisdiction: 'Europe' }, 'US')).toBeNull();
    expect(jurisdictionProblem({ id: 'kim-2015', kind: 'study' }, 'NZ')).toBeNull();
    expect(jurisdictionProblem({ id: 'cdc-2016', kind: 'clinical-guideline', jurisdiction: 'US', supersededBy: 'cdc-2022' }, 'US')).toBe(
      'cdc-2016 has been replaced by cdc-2022',
    );
    expect(jurisdictionProblem({ id: 'x', kind: 'clinical-guideline' }, 'US')).toBe('x is a clinical guideline without a jurisdiction');
  });
});

describe('the evidence base', () => {
  it('gives every clinical guideline a jurisdiction, and no replaced guideline a shortCite feedback could use', () => {
    expect(entries.filter((entry) => entry.kind === 'clinical-guideline' && !entry.jurisdiction).map((entry) => entry.id)).toEqual([]);
    expect(entries.filter((entry) => entry.supersededBy && entry.shortCite).map((entry) => entry.id)).toEqual([]);
    expect(entries.filter((entry) => entry.supersededBy && !byId.has(entry.supersededBy)).map((entry) => entry.id)).toEqual([]);
  });

  it('marks an entry verified only when its source can be found and checked', () => {
    const incomplete = entries.filter((entry) => entry.confidence === 'verified' && missingSourceDetails(entry).length > 0);
    expect(incomplete.map((entry) => `${entry.id}: ${missingSourceDetails(entry).join(', ')}`)).toEqual([]);
  });

  it('rests every rubric code on at least one verified entry', () => {
    const unsupported = rubric.codes.filter((code) => !code.evidence.some((id) => byId.get(id)?.confidence === 'verified'));
    expect(unsupported.map((code) => code.id)).toEqual([]);
  });
});
