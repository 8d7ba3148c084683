/**
 * Scenario feedback traces to the evidence base: every parenthesised citation
 * in choice and time-limit feedback resolves, item by item, to exactly one
 * entry of seeds/evidence.json by its shortCite; sources named in running text
 * are in the base too; shortCites are unique; rubric codes cite real entries.
 */
import { describe, expect, it } from 'vitest';
import evidence from '../../seeds/evidence.json' with { type: 'json' };
import rubric from '../../seeds/rubric.json' with { type: 'json' };
import { parseScenario, type Scenario } from '../../src/engine/authoring';
import {
  buildCitationIndex,
  isCitationGroup,
  parenthesisedGroups,
  resolveGroup,
  unknownNamedSources,
  type CitableEntry,
} from './feedback-citations';

const shipped = import.meta.glob<string>('/scenarios/*.scenario.yaml', { query: '?raw', import: 'default', eager: true });
const entries: CitableEntry[] = evidence.entries;
const index = buildCitationIndex(entries);
const confidenceById = new Map(entries.map((entry) => [entry.id, entry.confidence]));

interface FeedbackLine {
  where: string;
  text: string;
}

function feedbackLines(scenario: Scenario): FeedbackLine[] {
  const lines: FeedbackLine[] = [];
  for (const node of scenario.nodes) {
    if (node.timeLimit?.feedback) lines.push({ where: `${node.id}/timeout`, text: node.timeLimit.feedback });
    for (const choice of node.choices) if (choice.feedback) lines.push({ where: `${node.id}/${choice.id}`, text: choice.feedback });
  }
  return lines;
}

const scenarios = Object.entries(shipped).map(([file, source]) => {
  const { scenario, diagnostics } = parseScenario(source, file);
  return { file, scenario, diagnostics };
});

it('finds and parses the shipped scenarios', () => {
  expect(scenarios.length).toBeGreaterThan(0);
  for (const { file, scenario, diagnostics } of scenarios)
    expect({ file, parsed: scenario !== null, errors: diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) }).toEqual({
      file,
      parsed: true,
      errors: [],
    });
});

describe.each(scenarios)('$file', ({ scenario }) => {
  const lines = scenario ? feedbackLines(scenario) : [];

  it('cites in feedback only shortCites that resolve to exactly one usable evidence entry', () => {
    const problems: string[] = [];
    let resolved = 0;
    for (const line of lines)
      for (const group of parenthesisedGroups(line.text).filter((g) => isCitationGroup(g, index)))
        for (const item of resolveGroup(group, index)) {
          if (item.ids.length !== 1) problems.push(`${line.where}: "${item.item}" in "(${group})" matches ${item.ids.length} entries`);
          else if (confidenceById.get(item.ids[0] ?? '') === 'unverified')
            problems.push(`${line.where}: "${item.item}" rests on an unverified entry`);
          else resolved++;
        }
    expect(problems).toEqual([]);
    expect(resolved).toBeGreaterThan(0);
  });

  it('names in running text only sources the evidence base holds', () => {
    const problems = lines.flatMap((line) => unknownNamedSources(line.text, index).map((name) => `${line.where}: ${name}`));
    expect(problems).toEqual([]);
  });
});

describe('the evidence base', () => {
  it('gives every shortCite to exactly one entry, in a form citations can carry', () => {
    const shortCites = entries.flatMap((entry) => (entry.shortCite === undefined ? [] : [entry.shortCite]));
    expect(shortCites.length).toBeGreaterThan(0);
    expect(shortCites.filter((s, i) => shortCites.indexOf(s) !== i)).toEqual([]);
    expect(shortCites.filter((s) => s !== s.trim() || s.length === 0 || /[();]/.test(s))).toEqual([]);
  });

  it('keeps every entry that a rubric code cites', () => {
    const ids = new Set(entries.map((entry) => entry.id));
    const missing = rubric.codes.flatMap((code) => code.evidence.filter((id) => !ids.has(id)).map((id) => `${code.id} → ${id}`));
    expect(missing).toEqual([]);
  });
});

describe('citation grammar', () => {
  const sample = buildCitationIndex([
    { id: 'a', shortCite: 'Project BETA' },
    { id: 'b', shortCite: 'Project BETA: be concise' },
    { id: 'c', shortCite: 'Project BETA: offer choices and optimism' },
    { id: 'd', shortCite: 'Linton 2012' },
  ]);

  it('lets an item inherit the family named before it in the same group', () => {
    expect(resolveGroup('Project BETA: be concise; offer choices and optimism', sample).map((r) => r.ids)).toEqual([['b'], ['c']]);
  });

  it('treats author-year and acronym groups as citations, and asides as prose', () => {
    expect(isCitationGroup('Sullivan 2008', sample)).toBe(true);
    expect(isCitationGroup('IEQ: blame', sample)).toBe(true);
    expect(isCitationGroup('goals', sample)).toBe(false);
    expect(isCitationGroup('no trauma, weight loss, fever or arm weakness', sample)).toBe(false);
  });

  it('reports sources named in running text that the base lacks', () => {
    expect(unknownNamedSources('As Sullivan 2008 found (Linton 2012).', sample)).toEqual(['Sullivan 2008']);
  });
});
