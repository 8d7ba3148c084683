import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATIENT_STATE_VARIABLES, type PatientState } from '../format/scenario.types';
import { fastScenario, packState, routeOf, stepState, toPatientState, unpackState } from './fast-scenario';
import { applyTurn } from '../model/patient-step';
import { RUBRIC } from '../model/rubric';
import { lookupScenario, resolveTarget } from './scenario-moves';
import { choice, ending, makeScenario, node } from '../runtime/testing/fake-scenario';

const CODES = RUBRIC.codes.map((c) => c.id);
const stateArb = fc.record(
  Object.fromEntries(PATIENT_STATE_VARIABLES.map((v) => [v, fc.integer({ min: 0, max: 100 })])),
) as fc.Arbitrary<PatientState>;
const codesArb = fc.array(fc.constantFrom(...CODES, 'NOPE'), { minLength: 0, maxLength: 4 });
const effectsArb = fc.option(
  fc.dictionary(fc.constantFrom(...PATIENT_STATE_VARIABLES), fc.integer({ min: -30, max: 30 }), {
    maxKeys: 3,
  }),
  { nil: undefined },
);

describe('fast scenario tables', () => {
  it('packs and unpacks patient state losslessly', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(toPatientState(unpackState(packState(s)))).toEqual(s);
      }),
    );
  });

  it('stepState reproduces applyTurn exactly, and routes the same way', () => {
    fc.assert(
      fc.property(stateArb, codesArb, codesArb, effectsArb, fc.integer({ min: 0, max: 100 }), (state, codes, prev, effects, threshold) => {
        const scenario = makeScenario(
          [
            node('n', [
              choice(
                'a',
                codes.length ? codes : ['CR'],
                [{ when: { trust: { atLeast: threshold } }, next: 'x' }, { next: 'y' }],
                effects ? { effects } : {},
              ),
            ]),
          ],
          [ending('x', 'alliance'), ending('y', 'partial')],
        );
        const lookup = lookupScenario(scenario);
        const move = lookup.movesAt('n')[0]!;
        const fast = fastScenario(lookup).moves[0]![0]!;
        const expected = applyTurn(state, move.codes, { effects: move.effects, previousCodes: prev });
        const after: number[] = [];
        stepState(unpackState(packState(state)), fast, prev, after);
        expect(toPatientState(after)).toEqual(expected.state);
        const target = routeOf(fast, after);
        expect(target === -1 ? 'x' : 'y').toBe(resolveTarget(move, expected.state));
      }),
      { numRuns: 500 },
    );
  });
});
