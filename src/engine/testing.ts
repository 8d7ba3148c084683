/**
 * The test door: the fake scenarios the engine's own tests use (all built in
 * runtime/testing), for tests elsewhere to share. Only test files and test
 * helpers may import it (lint enforces it); it never ships.
 */
export { choice, ending, fakeScenario, makeScenario, node } from './runtime/testing/fake-scenario';
export { smallScenario } from './runtime/testing/small-scenario';
export { backPainScenario } from './runtime/testing/back-pain-scenario';
export { fourOutcomeScenario } from './runtime/testing/four-outcome-scenario';
export { prng, randomScenario } from './runtime/testing/random-scenario';
export { longestWins, noCues, questionTrap, tradeOff } from './runtime/testing/validity-scenarios';
// Random routes and the analysis's state space, for the one-model test (tests/model).
export { randomRoute } from './scoring/test-routes';
export { lookupScenario } from './scoring/scenario-moves';
export { StateSpace } from './scoring/state-space';
