import type { DiagnosticInfo } from './diagnostic-info.types';
import { diagnosticEntry } from './diagnostic-entry';

const entry = diagnosticEntry;

/**
 * SCN070–SCN079: content that checks clean yet silently cuts off part of the
 * story, found from the file alone. The patient-state reachability lints
 * (SCN120–SCN122) find the rest with the patient model.
 */
export const STORY_DIAGNOSTICS: DiagnosticInfo[] = [
  entry(
    'SCN070',
    'shadowed-route',
    'Route hidden by an earlier route',
    'warning',
    "Every patient state that meets this route's when: also meets the when: of an earlier route in the same list. Routes are tried in order and the first match wins, so this route is never taken.",
    'routes:\n  - when: { anger: { atLeast: 50 } }\n    next: calming-1\n  - when: { anger: { atLeast: 70 } }   # already taken above\n    next: walked-out\n  - next: exploring-1',
    'Put the narrower condition first, or change the bounds so the two conditions differ.',
  ),
  entry(
    'SCN071',
    'constant-condition',
    'Condition on a value that never changes',
    'warning',
    'The condition tests a patient-state variable that nothing in this scenario changes: no behaviour code used in it moves that variable by default and no effects: sets it. The variable stays at its initial value, so this part of the condition is always true or always false (injustice, a trait, usually works like this).',
    'initialState: { injustice: 30 }\n…\nroutes:\n  - when: { injustice: { atLeast: 60 } }   # injustice stays 30\n    next: grievance-1\n  - next: exploring-1',
    'Route on a variable the choices move (anger, trust, goalAgreement, taskAgreement), set the initial value the branch needs, or give a choice effects: that changes the variable.',
  ),
  entry(
    'SCN072',
    'timeout-only-node',
    'Node reached only by running out of time',
    'warning',
    'The only ways to this node pass through a time limit running out: no path from start: made of choices alone leads here. Trainees who answer in time never see it, and trainees who switch time limits off in the settings cannot reach it at all.',
    '- id: opening-1\n  timeLimit: { seconds: 20, next: silence-1 }   # the only link to silence-1',
    'Link to the node from a choice as well (a response that has the same effect as the silence, for example), or fold its content into a node that choices reach.',
  ),
  entry(
    'SCN073',
    'self-loop',
    'Link back to the same node',
    'warning',
    'A choice, route or time limit leads back to the node it belongs to, so the patient repeats the same line and the trainee sees the same choices again. Usually a copy-and-paste slip in next:.',
    '- id: exploring-2\n  choices:\n    - { id: a, text: "…", codes: [EXP], next: exploring-2 }',
    'Point next: at the node the conversation should move on to.',
  ),
];
