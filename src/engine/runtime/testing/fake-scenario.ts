import type { Choice, DialogueNode, Ending, OutcomeClass, Scenario } from '../../format/scenario.types';

/**
 * The one scenario factory for tests (through the testing door elsewhere): a
 * small valid scenario built in code. Override any part; nodes and endings
 * are replaced whole. Every named test scenario in this folder is an override
 * of this one, directly or through makeScenario.
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

/** A scenario of the given nodes (the first is the start) and endings, all in one phase 'p'. */
export function makeScenario(nodes: DialogueNode[], endings: Ending[], patch: Partial<Scenario> = {}): Scenario {
  return fakeScenario({
    id: 'test-scenario',
    title: 'Test',
    initialState: { anger: 65, trust: 25, injustice: 70, goalAgreement: 10, taskAgreement: 5 },
    phases: [{ id: 'p', title: 'Phase' }],
    start: nodes[0]?.id ?? 'start',
    nodes,
    endings,
    ...patch,
  });
}

export const node = (id: string, choices: Choice[], patch: Partial<DialogueNode> = {}): DialogueNode => ({
  id,
  phase: 'p',
  patient: { text: `Patient at ${id}` },
  choices,
  ...patch,
});

export const choice = (id: string, codes: string[], next: string | Choice['routes'], patch: Partial<Choice> = {}): Choice => ({
  id,
  text: `Say ${id}`,
  codes,
  ...(typeof next === 'string' ? { next } : { routes: next }),
  ...patch,
});

export const ending = (id: string, outcome: OutcomeClass): Ending => ({ id, outcome, title: id, text: `Ending ${id}` });
