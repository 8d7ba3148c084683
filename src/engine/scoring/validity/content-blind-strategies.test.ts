import { describe, expect, it } from 'vitest';
import type { Choice } from '../../format/scenario.types';
import { choice, node } from '../../runtime/testing/fake-scenario';
import { authoredOrder, STRATEGIES, STRATEGY_IDS, STRATEGY_LABELS, type StrategyId } from './content-blind-strategies';
import { seededRandom } from '../../runtime/mulberry32';

const option = (id: string, text: string): Choice => choice(id, ['CR'], 'end', { text });
const pick = (id: StrategyId, options: Choice[], rand = seededRandom(1)) => STRATEGIES.find((s) => s.id === id)!.pick(options, rand).id;

describe('content-blind strategies', () => {
  const options = [option('a', 'Short.'), option('b', 'A much longer statement.'), option('c', 'Longer question?'), option('d', 'Short?')];

  it('has one rule per id, each with a plain label', () => {
    expect(STRATEGIES.map((s) => s.id)).toEqual([...STRATEGY_IDS]);
    for (const id of STRATEGY_IDS) expect(STRATEGY_LABELS[id]).toMatch(/^[A-Z]/);
  });

  it('alwaysFirst takes the first option shown', () => {
    expect(pick('alwaysFirst', options)).toBe('a');
    expect(pick('alwaysFirst', [...options].reverse())).toBe('d');
  });

  it('alwaysLongest takes the most characters, the first shown on a tie', () => {
    expect(pick('alwaysLongest', options)).toBe('b');
    expect(pick('alwaysLongest', [option('x', 'Same.'), option('y', 'Also.')])).toBe('x');
  });

  it('longestQuestion takes the longest option ending in "?", else the longest', () => {
    expect(pick('longestQuestion', options)).toBe('c');
    expect(pick('longestQuestion', [option('x', 'Short.'), option('y', 'Longer one.')])).toBe('y');
  });

  it('random play picks every option sometimes, the same way for the same seed', () => {
    const seen = new Set(Array.from({ length: 200 }, (_, i) => pick('random', options, seededRandom(i))));
    expect([...seen].sort()).toEqual(['a', 'b', 'c', 'd']);
    const run = (seed: number) => {
      const rand = seededRandom(seed);
      return Array.from({ length: 20 }, () => pick('random', options, rand));
    };
    expect(run(7)).toEqual(run(7));
  });

  it('the authored order is the order in the file', () => {
    const n = node('n', options);
    expect(authoredOrder(n)).toBe(n.choices);
  });
});
