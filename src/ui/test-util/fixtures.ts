import { fakeScenario as baseScenario } from '../../engine/testing';
import { compileScenario, toCatalogEntry, type Scenario } from '../../engine/trainee';
import type { CompiledScenario } from '../scenarios/engine';
import type { ScenarioSource } from '../scenarios/scenario-source';

/** The engine's test scenario as the UI tests know it: a timed opening, a plan, and two endings. */
export function fakeScenario(overrides: Partial<Scenario> = {}): Scenario {
  return baseScenario({
    id: 'back-pain',
    title: 'Nobody listens',
    summary: 'A patient who feels dismissed.',
    learningObjectives: ['Reflect before you direct'],
    factors: ['anger', 'trust'],
    persona: {
      name: 'Dana Reyes',
      age: 44,
      condition: 'Low back pain',
      painHistory: 'Two years.',
      context: 'Referred by GP.',
      values: ['Work'],
      barriers: ['Time'],
      avatar: { skinTone: 'medium', hair: 'curly', glasses: true },
    },
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
        patient: { text: 'Well? Another one.', nonverbal: 'Arms crossed.' },
        timeLimit: { seconds: 20, effects: { anger: 8 }, next: 'plan' },
        choices: [
          { id: 'reflect', text: 'You sound fed up with being passed around.', codes: ['CR'], next: 'plan' },
          { id: 'dismiss', text: 'Your scan was normal.', codes: ['DIS'], next: 'walk-out' },
        ],
      },
      {
        id: 'plan',
        phase: 'closing',
        patient: { text: 'So what now?' },
        choices: [
          { id: 'goal', text: 'What matters most to you?', codes: ['GOAL', 'SEEK'], next: 'agreed' },
          { id: 'argue', text: 'You have to try harder.', codes: ['ARG'], next: 'walk-out' },
        ],
      },
    ],
    endings: [
      { id: 'agreed', outcome: 'alliance', title: 'A plan together', text: 'They agree.', patient: { text: 'Fine, Thursday.' } },
      { id: 'walk-out', outcome: 'escalated', title: 'Walked out', text: 'They leave.' },
    ],
    ...overrides,
  });
}

/** A ScenarioSource over compiled fixtures. */
export function fakeSource(scenarios: Scenario[] = [fakeScenario()]): ScenarioSource & { compiled: CompiledScenario[] } {
  const compiled = scenarios.map((scenario) => compileScenario(scenario));
  return {
    compiled,
    catalog: compiled.map(toCatalogEntry),
    loadScenario: async (id) => {
      const found = compiled.find((c) => c.scenario.id === id);
      if (!found) throw new Error(`No scenario "${id}"`);
      return found;
    },
  };
}
