/**
 * The test door: small hand-made scenarios the engine's own tests use, for
 * tests elsewhere to share. Only test files and test helpers may import it
 * (lint enforces it); it never ships.
 */
export { smallScenario } from './runtime/testing/small-scenario';
export { fakeScenario } from './format/test-scenario';
export { longestWins, noCues, questionTrap, tradeOff } from './scoring/validity/test-scenarios';
