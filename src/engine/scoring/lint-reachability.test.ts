import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../format/diagnostic.types';
import type { Scenario } from '../format/scenario.types';
import { lintReachability } from './lint-reachability';
import { choice, ending, makeScenario, node } from '../runtime/testing/fake-scenario';

type Found = { code: string; message: string; path: Diagnostic['path'] };
function lint(scenario: Scenario, maxStates?: number): Found[] {
  const out: Found[] = [];
  lintReachability(scenario, (code, message, path) => out.push({ code, message, path }), { maxStates });
  return out;
}
const brief = (found: Found[]) => found.map((f) => `${f.code} ${f.path.join('.')}`);

// Effects overrides pin the patient's anger, so these tests do not hinge on the model's numbers.
const calm = (id: string, routes: Parameters<typeof choice>[2]) => choice(id, ['DIS'], routes, { effects: { anger: 10 } }); // 65 -> 75
const ENDINGS = [ending('good', 'alliance'), ending('bad', 'escalated'), ending('gone', 'disengaged')];

describe('lintReachability', () => {
  it('SCN120: a route no reachable state meets, with the values seen after the choice', () => {
    const s = makeScenario(
      [node('n', [calm('a', [{ when: { anger: { atLeast: 90 } }, next: 'bad' }, { next: 'good' }]), choice('b', ['ARG'], 'bad')])],
      ENDINGS.slice(0, 2),
    );
    const found = lint(s);
    expect(brief(found)).toEqual(['SCN120 nodes.0.choices.0.routes.0.when']);
    expect(found[0]?.message).toBe(
      'node "n", choice "a": route 1 is never taken: no reachable conversation meets its "when" after this choice (there: anger 75).',
    );
  });

  it("SCN120 on a time limit's route, placed under timeLimit", () => {
    const s = makeScenario(
      [
        node('n', [choice('a', ['CR'], 'good'), choice('b', ['ARG'], 'bad')], {
          timeLimit: { seconds: 20, effects: { anger: 10 }, routes: [{ when: { anger: { atMost: 20 } }, next: 'good' }, { next: 'bad' }] },
        }),
      ],
      ENDINGS.slice(0, 2),
    );
    expect(lint(s).map((f) => [f.path.join('.'), f.message.includes('after this time limit')])).toEqual([
      ['nodes.0.timeLimit.routes.0.when', true],
    ]);
  });

  it('SCN121 and SCN122: an ending and a node only such routes lead to', () => {
    const s = makeScenario(
      [
        node('n', [
          calm('a', [
            { when: { anger: { atLeast: 90 } }, next: 'gone' },
            { when: { anger: { atMost: 30 } }, next: 'side' },
            { next: 'good' },
          ]),
          choice('b', ['ARG'], 'bad'),
        ]),
        node('side', [choice('a', ['CR'], 'good'), choice('b', ['ARG'], 'bad')]),
      ],
      ENDINGS,
    );
    expect(brief(lint(s))).toEqual([
      'SCN120 nodes.0.choices.0.routes.0.when',
      'SCN120 nodes.0.choices.0.routes.1.when',
      'SCN122 nodes.1.id',
      'SCN121 endings.2.id',
    ]);
  });

  it('leaves to the format codes what the file alone shows: shadowed, constant, unlinked', () => {
    const s = makeScenario(
      [
        node('n', [
          calm('a', [
            { when: { anger: { atLeast: 50 } }, next: 'good' },
            { when: { anger: { atLeast: 90 } }, next: 'bad' },
            { next: 'good' },
          ]), // route 2: SCN070
          calm('b', [{ when: { injustice: { atLeast: 90 } }, next: 'bad' }, { next: 'good' }]), // injustice never moves: SCN071
          choice('c', ['ARG'], 'bad'),
        ]),
        node('orphan', [choice('a', ['CR'], 'gone')]), // SCN043; its ending SCN045
      ],
      ENDINGS,
    );
    expect(lint(s)).toEqual([]);
  });

  it('says nothing when the state budget runs out', () => {
    const s = makeScenario(
      [
        node('n', [calm('a', [{ when: { anger: { atLeast: 90 } }, next: 'bad' }, { next: 'n2' }])]),
        node('n2', [choice('a', ['CR'], 'good')]),
      ],
      ENDINGS.slice(0, 2),
    );
    expect(lint(s).map((f) => f.code)).toEqual(['SCN120', 'SCN121']);
    expect(lint(s, 1)).toEqual([]);
  });
});
