import type { Scenario } from './scenario.types';

/**
 * The one scenario factory for tests (through the testing door elsewhere): a
 * small valid scenario built in code. Override any part; nodes and endings
 * are replaced whole. Named test scenarios (the runtime's smallScenario, the
 * UI's) are overrides of this one.
 */
export function fakeScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    schemaVersion: 1,
    id: 'fake',
    title: 'Fake',
    summary: 'A scenario built in a test.',
    difficulty: 'introductory',
    estimatedMinutes: 5,
    learningObjectives: ['Reflect first'],
    factors: ['anger'],
    persona: {
      name: 'P',
      age: 40,
      condition: 'Neck pain',
      painHistory: 'Long.',
      context: 'Clinic.',
      values: ['Family'],
      barriers: ['Time'],
    },
    setting: { country: 'GB', care: 'NHS outpatient physiotherapy' },
    initialState: { anger: 50, trust: 30, injustice: 30, goalAgreement: 10, taskAgreement: 10 },
    phases: [{ id: 'main', title: 'Main' }],
    start: 'n1',
    nodes: [
      {
        id: 'n1',
        phase: 'main',
        patient: { text: 'Well?' },
        choices: [
          { id: 'a', text: 'Go on.', codes: ['EXP'], next: 'n2' },
          { id: 'b', text: 'Calm down.', codes: ['DIS'], next: 'bad' },
        ],
      },
      { id: 'n2', phase: 'main', patient: { text: 'Fine.' }, choices: [{ id: 'a', text: 'Goals?', codes: ['GOAL'], next: 'good' }] },
    ],
    endings: [
      { id: 'good', outcome: 'alliance', title: 'Good', text: 'A plan.' },
      { id: 'bad', outcome: 'escalated', title: 'Bad', text: 'They leave.' },
    ],
    ...overrides,
  };
}
