import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenario.types';
import { fakeScenario } from '../runtime/testing/fake-scenario';
import { validateScenario } from './validate-scenario';

const codes = (scenario: Scenario, options = {}) => validateScenario(scenario, options).map((d) => `${d.code} ${d.path.join('.')}`);

describe('validateScenario', () => {
  it('accepts a well-formed scenario', () => {
    expect(validateScenario(fakeScenario())).toEqual([]);
  });

  it('reports with line and column 0 and the file label, for the checker to place', () => {
    const [d] = validateScenario(fakeScenario({ start: 'nope' }), { file: 'draft' });
    expect(d).toMatchObject({ code: 'SCN035', line: 0, col: 0, file: 'draft', path: ['start'], severity: 'error' });
  });

  it('compares the id with the file name only for <id>.scenario.yaml files', () => {
    expect(codes(fakeScenario(), { file: 'scenarios/other.scenario.yaml' })).toEqual(['SCN033 id']);
    expect(codes(fakeScenario(), { file: 'scenarios/fake.scenario.yaml' })).toEqual([]);
    expect(codes(fakeScenario(), { file: 'editor draft' })).toEqual([]);
  });

  it('checks values of scenarios built in code, which skip the schema', () => {
    const scenario = fakeScenario({ initialState: { anger: 120, trust: 30, injustice: 30, goalAgreement: 10, taskAgreement: 10 } });
    const node = scenario.nodes[0];
    if (!node) throw new Error('fixture');
    node.timeLimit = { seconds: 1, next: 'n2' };
    node.choices[0] = {
      ...node.choices[0],
      id: 'a',
      text: 't',
      codes: ['EXP', 'NOPE'],
      next: 'n2',
      effects: { anger: 1.5, rapport: 3 } as never,
    };
    expect(codes(scenario)).toEqual([
      'SCN014 initialState.anger',
      'SCN014 nodes.0.choices.0.effects.anger',
      'SCN019 nodes.0.choices.0.effects.rapport',
      'SCN020 nodes.0.timeLimit.seconds',
      'SCN022 nodes.0.choices.0.codes.1',
    ]);
  });

  it('treats routes that can never fire as no link', () => {
    const scenario = fakeScenario();
    const choice = scenario.nodes[0]?.choices[1];
    if (!choice) throw new Error('fixture');
    delete choice.next;
    choice.routes = [{ when: { anger: { atLeast: 80, atMost: 20 } }, next: 'bad' }, { next: 'n2' }];
    expect(codes(scenario)).toEqual(['SCN041 nodes.0.choices.1.routes.0.when.anger', 'SCN045 endings.1.id']);
  });

  it('reports a time limit that leads nowhere like a choice', () => {
    const scenario = fakeScenario();
    const node = scenario.nodes[1];
    if (!node) throw new Error('fixture');
    node.timeLimit = { seconds: 20, next: 'nowhere', routes: [{ next: 'good' }] };
    expect(codes(scenario)).toEqual(['SCN038 nodes.1.timeLimit.routes', 'SCN034 nodes.1.timeLimit.next']);
  });

  it('never suggests, for an unknown target, the node the link is in', () => {
    const scenario = fakeScenario();
    scenario.nodes[1]!.choices[0]!.next = 'n3';
    const message = validateScenario(scenario).find((d) => d.code === 'SCN034')?.message;
    expect(message).toBe('node "n2", choice "a": "n3" is not a node or ending (did you mean "n1"?).');
    scenario.nodes[0]!.choices[0]!.next = 'n4';
    expect(validateScenario(scenario).find((d) => d.path[1] === 0 && d.code === 'SCN034')?.message).toMatch(
      /"n4" is not a node or ending \(did you mean "n2"\?\)/,
    );
  });

  it('stays quiet about reachability when start is broken', () => {
    expect(codes(fakeScenario({ start: 'good' }))).toEqual(['SCN036 start']);
  });

  it('checks audio paths, and their files only when given a file system check', () => {
    const scenario = fakeScenario();
    const [first, second] = scenario.nodes;
    if (!first || !second) throw new Error('fixture');
    first.patient.audio = 'audio/fake/n1.ogg';
    second.patient.audio = 'public/audio/fake/n2.ogg';
    expect(codes(scenario)).toEqual(['SCN046 nodes.1.patient.audio']);
    expect(codes(scenario, { publicFileExists: () => false })).toEqual(['SCN047 nodes.0.patient.audio', 'SCN046 nodes.1.patient.audio']);
  });
});
