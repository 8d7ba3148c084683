import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { nodeBounds } from './node-bounds';
import { applyTurn } from '../model/patient-step';
import { bestOf, MoveValuer, type MoveValue, type Situation } from './move-values';
import { playRoute } from './play-route';
import { lookupScenario, resolveTarget } from './scenario-moves';
import { blendPass } from './space-search';
import { StateSpace } from './state-space';
import { choice, ending, makeScenario, node } from '../runtime/testing/fake-scenario';
import { prng, randomScenario } from '../runtime/testing/random-scenario';
import { randomRoute } from './test-routes';
import { blendModel, blendReward, outcomeValue, turnRaw } from './turn-score';
import type { Scenario } from '../format/scenario.types';

/** The review's values the old way: expand the whole space, one blend pass, read each move's child. */
function fullSpaceValues(scenario: Scenario, at: Situation): number[] {
  const lookup = lookupScenario(scenario);
  const model = blendModel(analyseScenario({ scenario }).dimensionBounds);
  const space = new StateSpace(lookup, { maxStates: 1e7 });
  space.root(scenario.start, scenario.initialState, []);
  const pass = blendPass(space, model, 'max');
  return lookup.movesAt(at.nodeId).map((move) => {
    const after = applyTurn(at.before, move.codes, { effects: move.effects, previousCodes: at.previousCodes }).state;
    const target = resolveTarget(move, after);
    if (target === null) return NaN;
    const now = blendReward(model, turnRaw(move.codes, at.before, after, at.previousCodes));
    const end = lookup.endings.get(target);
    if (end) return now + model.outcomeWeight * outcomeValue(end.outcome);
    const found = space.find(target, after, move.codes);
    return found === undefined ? NaN : now + pass.value[found]!;
  });
}

/** Every decision of a random attempt, with its situation and chosen move. */
function decisions(scenario: Scenario, seed: number): { at: Situation; chosen: string }[] {
  const compiled = { scenario };
  const { transcript } = playRoute(compiled, randomRoute(compiled, prng(seed)));
  return transcript.map((entry, i) => ({
    at: { nodeId: entry.nodeId, before: entry.before, previousCodes: transcript[i - 1]?.codes ?? [] },
    chosen: entry.kind === 'timeout' ? 'timeout' : entry.choiceId!,
  }));
}

const same = (a: number, b: number) => (Number.isNaN(a) ? Number.isNaN(b) : a === b);
const specArb = fc.record({
  seed: fc.integer(),
  layers: fc.integer({ min: 2, max: 6 }),
  width: fc.integer({ min: 1, max: 3 }),
  walk: fc.integer(),
});

describe('decision review by branch and bound', () => {
  it('values every move exactly as the whole-space pass does (bit for bit)', () => {
    fc.assert(
      fc.property(specArb, ({ seed, layers, width, walk }) => {
        const scenario = randomScenario(seed, layers, width);
        const valuer = new MoveValuer(lookupScenario(scenario), analyseScenario({ scenario }));
        for (const { at } of decisions(scenario, walk)) {
          const values = valuer.valuesAt(at).map((v) => v.value);
          const expected = fullSpaceValues(scenario, at);
          expect(values.every((v, i) => same(v, expected[i]!))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('decide() names the same best move and chosen value as valuing every move', () => {
    fc.assert(
      fc.property(specArb, ({ seed, layers, width, walk }) => {
        const scenario = randomScenario(seed, layers, width);
        const analysis = analyseScenario({ scenario });
        const lookup = lookupScenario(scenario);
        const pruned = new MoveValuer(lookup, analysis);
        for (const { at, chosen } of decisions(scenario, walk)) {
          const all: MoveValue[] = new MoveValuer(lookup, analysis).valuesAt(at);
          const decided = pruned.decide(at, chosen);
          expect(decided.best?.move.id).toBe(bestOf(all)?.move.id);
          expect(same(decided.best?.value ?? NaN, bestOf(all)?.value ?? NaN)).toBe(true);
          expect(same(decided.chosen?.value ?? NaN, all.find((v) => v.move.id === chosen)?.value ?? NaN)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('bounds every node from above, or refuses a node graph with a cycle', () => {
    const looped = makeScenario(
      [
        node('a', [choice('x', ['CR'], 'b'), choice('y', ['DIS'], 'end')]),
        node('b', [choice('z', ['SR'], 'a'), choice('w', ['VAL'], 'end')]),
      ],
      [ending('end', 'alliance')],
    );
    const model = blendModel(analyseScenario({ scenario: looped }).dimensionBounds);
    expect(nodeBounds(lookupScenario(looped), model)).toBeNull();
    // The review still works there, through the whole-space search.
    const values = new MoveValuer(lookupScenario(looped), analyseScenario({ scenario: looped })).valuesAt({
      nodeId: 'a',
      before: looped.initialState,
      previousCodes: [],
    });
    expect(values.map((v) => v.move.id)).toEqual(['x', 'y']);
    expect(values.every((v) => Number.isFinite(v.value))).toBe(true);
  });
});
