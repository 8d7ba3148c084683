/**
 * The test door: small hand-made scenarios the engine's own tests use, for
 * tests elsewhere to share. Only test files and test helpers may import it
 * (lint enforces it); it never ships.
 */
export { smallScenario } from './runtime/testing/small-scenario';
export { fakeScenario } from './format/test-scenario';
export { longestWins, noCues, questionTrap, tradeOff } from './scoring/validity/test-scenarios';
// Random scenarios and routes, and the analysis's state space, for the one-model test (tests/model).
export { prng, randomRoute, randomScenario } from './scoring/test-factories';
export { lookupScenario } from './scoring/scenario-moves';
export { StateSpace } from './scoring/state-space';
