import type { Choice, DialogueNode, Ending, Scenario } from '../../format/scenario.types';
import { smallScenario } from './small-scenario';

/**
 * The UI tests' scenario: smallScenario (a timed opening, a plan, two endings)
 * with a named patient and longer lines, whose text the UI tests assert on. The opening's dismissal walks straight out and the plan has no
 * way back, so every path is at most two decisions long.
 */
export function backPainScenario(overrides: Partial<Scenario> = {}): Scenario {
  const small = smallScenario();
  const [open, plan] = small.nodes as [DialogueNode, DialogueNode];
  const [agreed, walkOut] = small.endings as [Ending, Ending];
  const reflect = open.choices.find((c) => c.id === 'reflect') as Choice;
  const dismiss = open.choices.find((c) => c.id === 'dismiss') as Choice;
  return smallScenario({
    id: 'back-pain',
    title: 'Nobody listens',
    summary: 'A patient who feels dismissed.',
    estimatedMinutes: 5,
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
    nodes: [
      {
        ...open,
        patient: { ...open.patient, text: 'Well? Another one.' },
        timeLimit: { ...open.timeLimit, seconds: 20 },
        choices: [
          { ...reflect, text: 'You sound fed up with being passed around.' },
          { id: dismiss.id, text: dismiss.text, codes: dismiss.codes, next: 'walk-out' },
        ],
      },
      { ...plan, patient: { text: plan.patient.text }, choices: plan.choices.filter((c) => c.id !== 'back') },
    ],
    endings: [{ ...agreed, title: 'A plan together', patient: { text: 'Fine, Thursday.' } }, walkOut],
    ...overrides,
  });
}
