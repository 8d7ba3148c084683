import { describe, expect, it } from 'vitest';
import { scenarioTemplate } from './scenario-template';
import { parseScenario, parseScenarioShape } from './parse-scenario';

const template = scenarioTemplate('sample');
const lines = (source: string) =>
  parseScenario(source, 'sample.scenario.yaml').diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);

describe('parseScenario', () => {
  it('returns the scenario and no diagnostics for a valid file', () => {
    const { scenario, diagnostics } = parseScenario(template, 'sample.scenario.yaml');
    expect(diagnostics).toEqual([]);
    expect(scenario?.id).toBe('sample');
    expect(scenario?.nodes.map((n) => n.id)).toEqual(['opening-1', 'exploring-1', 'plan-1']);
  });

  it('fills initialState defaults', () => {
    const source = template.replace(/^initialState:.*$/m, 'initialState: { anger: 70 }');
    expect(parseScenario(source, 'f').scenario?.initialState).toEqual({
      anger: 70,
      trust: 40,
      injustice: 30,
      goalAgreement: 10,
      taskAgreement: 10,
    });
    const without = template.replace(/^initialState:.*$/m, '');
    expect(parseScenario(without, 'f').scenario?.initialState.anger).toBe(30);
  });

  it('words schema problems for authors, with suggestions', () => {
    const source = template
      .replace('difficulty: intermediate', 'difficulty: intermediat')
      .replace('codes: [CR]', 'codes: [CRR]')
      .replace('estimatedMinutes: 8', 'estimatedMinutes: 7.5')
      .replace('      nonverbal: Arms folded.', '      nonverbl: Arms folded.')
      .replace('codes: [GOAL, EXP]', 'codes: GOAL');
    expect(lines(source)).toEqual([
      '9:13 SCN015 difficulty must be one of introductory, intermediate, advanced; found "intermediat" (did you mean "intermediate"?).',
      '10:19 SCN014 estimatedMinutes must be a whole number (found 7.5).',
      '41:7 SCN012 node "opening-1" › patient: unknown field "nonverbl" (did you mean "nonverbal"?).',
      '56:17 SCN022 node "opening-1" › choice "b" › codes item 1: "CRR" is not a behaviour code in the rubric (did you mean "CR"?).',
      '70:16 SCN013 node "exploring-1" › choice "a" › codes must be a list, not "GOAL" (write a list: [GOAL]).',
    ]);
  });

  it('reports every schema problem at once, sorted by where they are', () => {
    const source = template.replace('title: "Replace with a short title"', 'title: ""').replace('age: 52', 'age: -1');
    expect(lines(source).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['6:8 SCN016', '16:8 SCN014']);
  });

  it('returns no scenario while there is an error, but the shape is still available', () => {
    const source = template.replace('schemaVersion: 1\n', '');
    expect(parseScenario(source, 'f').scenario).toBeNull();
    const shape = parseScenarioShape(source, 'f');
    expect(shape.diagnostics.map((d) => d.code)).toEqual(['SCN008']);
    expect(shape.scenario?.schemaVersion).toBe(1);
  });

  it('accepts YAML anchors and aliases within the value budget', () => {
    const source = template
      .replace('effects: { anger: 5 }', 'effects: &silence { anger: 5 }')
      .replace('effects: { anger: 10 }', 'effects: *silence');
    const { scenario, diagnostics } = parseScenario(source, 'f');
    expect(diagnostics).toEqual([]);
    expect(scenario?.nodes[0]?.choices[0]?.effects).toEqual({ anger: 5 });
  });

  it('suggests the modeline for a $schema key', () => {
    expect(lines(`$schema: ./scenario.schema.json\n${template}`)[0]).toContain('yaml-language-server');
  });
});
