import type { Scenario } from '../../format/scenario.types';
import { fakeScenario } from './fake-scenario';

/**
 * A tiny scenario for runtime unit tests: a timed opening with routed and
 * plain choices, a second decision, a loop back, and two endings.
 */
export function smallScenario(overrides: Partial<Scenario> = {}): Scenario {
  return fakeScenario({
    id: 'small',
    title: 'Small',
    summary: 'A runtime test scenario.',
    estimatedMinutes: 2,
    learningObjectives: ['Test the runtime'],
    initialState: { anger: 60, trust: 30, injustice: 50, goalAgreement: 10, taskAgreement: 10 },
    phases: [
      { id: 'opening', title: 'Opening' },
      { id: 'closing', title: 'Closing' },
    ],
    start: 'open',
    nodes: [
      {
        id: 'open',
        phase: 'opening',
        patient: { text: 'Well?', nonverbal: 'Arms crossed.' },
        timeLimit: { seconds: 10, effects: { anger: 8 }, next: 'plan' },
        choices: [
          { id: 'reflect', text: 'You sound fed up.', codes: ['CR'], next: 'plan' },
          {
            id: 'dismiss',
            text: 'Your scan was normal.',
            codes: ['DIS'],
            routes: [{ when: { anger: { atLeast: 70 } }, next: 'walk-out' }, { next: 'plan' }],
          },
        ],
      },
      {
        id: 'plan',
        phase: 'closing',
        patient: { text: 'So what now?', expression: 'guarded' },
        choices: [
          { id: 'goal', text: 'What matters most to you?', codes: ['GOAL', 'SEEK'], next: 'agreed' },
          { id: 'argue', text: 'You have to try harder.', codes: ['ARG'], next: 'walk-out' },
          { id: 'back', text: 'Can we start again?', codes: ['EXP'], next: 'open' },
        ],
      },
    ],
    endings: [
      { id: 'agreed', outcome: 'alliance', title: 'A plan', text: 'They agree.', patient: { text: 'Fine.' } },
      { id: 'walk-out', outcome: 'escalated', title: 'Walked out', text: 'They leave.' },
    ],
    ...overrides,
  });
}
