import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenario.types';
import { fakeScenario } from '../runtime/testing/fake-scenario';
import { validateScenario } from './validate-scenario';

const found = (scenario: Scenario) =>
  validateScenario(scenario)
    .filter((d) => d.code === 'SCN072')
    .map((d) => d.path.join('.'));
const silence = (id: string, next: string) => ({
  id,
  phase: 'main',
  patient: { text: '…' },
  choices: [{ id: 'a', text: 'Sorry.', codes: ['SR'], next }],
});

describe('SCN072 timeout-only-node', () => {
  it('warns on a node only a running-out time limit leads to, and on nodes only it leads to', () => {
    const scenario = fakeScenario();
    scenario.nodes[0]!.timeLimit = { seconds: 20, next: 's1' };
    scenario.nodes.push(silence('s1', 's2'), silence('s2', 'n2'));
    expect(found(scenario)).toEqual(['nodes.2.id', 'nodes.3.id']);
    expect(validateScenario(scenario).find((d) => d.code === 'SCN072')?.message).toMatch(/"s1" is reached only when a time limit runs out/);
  });

  it('counts routes of a time limit like its next', () => {
    const scenario = fakeScenario();
    scenario.nodes[0]!.timeLimit = { seconds: 20, routes: [{ when: { anger: { atLeast: 60 } }, next: 's1' }, { next: 'n2' }] };
    scenario.nodes.push(silence('s1', 'n2'));
    expect(found(scenario)).toEqual(['nodes.2.id']);
  });

  it('is quiet when a choice also leads there, or when nothing leads there (SCN043)', () => {
    const scenario = fakeScenario();
    scenario.nodes[0]!.timeLimit = { seconds: 20, next: 'n2' };
    scenario.nodes.push(silence('orphan', 'n2'));
    expect(found(scenario)).toEqual([]);
  });
});
