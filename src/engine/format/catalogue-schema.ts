import type { DiagnosticInfo } from './diagnostic-info.types';

/** SCN011–SCN029: fields, types and value ranges (the schema). */
export const SCHEMA_DIAGNOSTICS: DiagnosticInfo[] = [
  {
    code: 'SCN011', name: 'missing-field', title: 'Required field missing', severity: 'error',
    description: 'A field that every scenario, node, choice or ending needs is not there.',
    example: 'choices:\n  - id: a\n    text: Tell me more.\n    next: opening-2   # codes: is missing',
    fix: 'Add the field named in the message. scenarios/README.md lists the fields of each part.',
  },
  {
    code: 'SCN012', name: 'unknown-field', title: 'Unknown field', severity: 'error',
    description: 'The field is not part of the format, usually a typo or a field at the wrong indentation. Unknown fields are errors so a misspelt field is never silently ignored.',
    example: 'patient:\n  txt: "Another one."',
    fix: 'Correct the spelling (the message suggests the nearest field) or move the field to the right level.',
  },
  {
    code: 'SCN013', name: 'wrong-type', title: 'Wrong kind of value', severity: 'error',
    description: 'The value is the wrong kind: text where a number is expected, a single value where a list is expected, and so on.',
    example: 'estimatedMinutes: ten\ncodes: CR          # a list is expected: [CR]',
    fix: 'Write the kind of value the message names: a whole number, true/false, a list in [ ] or with "- " items, or a mapping.',
  },
  {
    code: 'SCN014', name: 'number-out-of-range', title: 'Number out of range', severity: 'error',
    description: 'A number is outside its allowed range, or has a fraction where a whole number is required. Patient state is 0–100; effects are −100 to 100.',
    example: 'initialState: { anger: 120 }',
    fix: 'Use a whole number within the range given in the message.',
  },
  {
    code: 'SCN015', name: 'invalid-option', title: 'Not one of the allowed values', severity: 'error',
    description: 'The field accepts only a fixed set of words (difficulty, outcome, expression, factors, avatar hints) and this is not one of them.',
    example: 'difficulty: hard',
    fix: 'Use one of the values listed in the message (the nearest one is suggested).',
  },
  {
    code: 'SCN016', name: 'text-length', title: 'Text empty or too long', severity: 'error',
    description: 'A text field is empty (or only spaces), or longer than its limit.',
    example: 'title: ""',
    fix: 'Write the text, or shorten it to the limit in the message.',
  },
  {
    code: 'SCN017', name: 'list-size', title: 'Too few or too many items', severity: 'error',
    description: 'A list has fewer or more items than allowed, for example a choice without behaviour codes, or a scenario without endings.',
    example: 'codes: []',
    fix: 'Add or remove items so the count is within the limits in the message.',
  },
  {
    code: 'SCN018', name: 'invalid-id', title: 'Invalid id', severity: 'error',
    description: 'Ids may contain letters, digits, "-" and "_" (up to 64 characters) and start with a letter or digit. A scenario id is lower-case words joined by hyphens, because it names the file.',
    example: 'id: opening 1',
    fix: 'Replace spaces and other characters with hyphens: opening-1.',
  },
  {
    code: 'SCN019', name: 'unknown-state-variable', title: 'Unknown patient-state variable', severity: 'error',
    description: 'Effects, conditions and the initial state may name only anger, trust, injustice, goalAgreement and taskAgreement.',
    example: 'effects: { rapport: 10 }',
    fix: 'Use one of the five variables; trust or goalAgreement is usually what "rapport" means.',
  },
  {
    code: 'SCN020', name: 'time-limit-range', title: 'Time limit out of range', severity: 'error',
    description: 'A time limit must be a whole number of seconds from 5 to 600: shorter cannot be read, longer is not a time limit.',
    example: 'timeLimit: { seconds: 2, next: opening-2 }',
    fix: 'Use a value from 5 to 600 seconds; 20–40 suits most lines.',
  },
  {
    code: 'SCN021', name: 'node-without-choices', title: 'Node without choices', severity: 'error',
    description: 'Every node is a decision point and needs at least one choice; a conversation that stops belongs in endings.',
    example: '- id: goodbye\n  phase: closing\n  patient: { text: "Bye." }\n  choices: []',
    fix: 'Add choices, or turn the node into an ending (endings: … with an outcome).',
  },
  {
    code: 'SCN022', name: 'unknown-behaviour-code', title: 'Unknown behaviour code', severity: 'error',
    description: 'A choice (or time limit) names a behaviour code that is not in the rubric (seeds/rubric.json). Codes are upper case.',
    example: 'codes: [EMPATHY]',
    fix: 'Use a rubric code: CR, SR, EXP, VAL, INJ, AF, SUP, GOAL, BARR, SEEK, AUT, PWP, SUM, CONS, SCRN, MEDS, REFR, MOOD, SELF, SAFE, LIM, DIS, REAS, UND, ARG, PERS, DEF, JARG, QQ.',
  },
  {
    code: 'SCN023', name: 'setting-country', title: 'Setting missing or country unknown', severity: 'warning',
    description: 'The scenario does not say where it takes place, or its country is not a two-letter ISO 3166-1 code. The setting is shown to the trainee, and the clinical guidelines cited in feedback must fit the country: NICE for the United Kingdom, the American College of Physicians or the CDC for the United States.',
    example: 'setting: { country: USA, care: outpatient clinic }   # USA is not a two-letter code',
    fix: 'Add setting: with country: as a two-letter code (US, GB, NZ, CA, AU…) and care: as the care setting in a few words, e.g. setting: { country: US, care: outpatient private practice }.',
  },
];
