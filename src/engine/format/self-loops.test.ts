import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../runtime/testing/fake-scenario';
import { validateScenario } from './validate-scenario';

const found = (scenario = fakeScenario()) => validateScenario(scenario).filter((d) => d.code === 'SCN073');

describe('SCN073 self-loop', () => {
  it('warns on a choice whose next is its own node', () => {
    const scenario = fakeScenario();
    scenario.nodes[1]!.choices.push({ id: 'b', text: 'Say again?', codes: ['EXP'], next: 'n2' });
    const [d] = found(scenario);
    expect(d).toMatchObject({ severity: 'warning', path: ['nodes', 1, 'choices', 1, 'next'] });
    expect(d?.message).toBe(
      'node "n2", choice "b": leads back to "n2", the node it belongs to, so the patient repeats the same line and the same choices come again.',
    );
  });

  it('warns on a route and on a time limit, naming the route', () => {
    const scenario = fakeScenario();
    const choice = scenario.nodes[0]!.choices[1]!;
    delete choice.next;
    choice.routes = [{ when: { anger: { atLeast: 70 } }, next: 'bad' }, { next: 'n1' }];
    scenario.nodes[0]!.timeLimit = { seconds: 20, next: 'n1' };
    expect(found(scenario).map((d) => d.path.join('.'))).toEqual(['nodes.0.choices.1.routes.1.next', 'nodes.0.timeLimit.next']);
    expect(found(scenario)[0]?.message).toMatch(/choice "b": route 2 leads back to "n1"/);
  });

  it('is quiet on links to other nodes', () => {
    expect(found()).toEqual([]);
  });
});
