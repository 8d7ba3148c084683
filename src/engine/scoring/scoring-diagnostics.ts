/**
 * Catalogue entries for the scoring module's diagnostics (SCN100–SCN149):
 * rubric self-checks (SCN100–SCN109, errors in seeds/rubric.json) and
 * scenario lints (SCN110–SCN129, warnings about what a scenario teaches;
 * SCN120–SCN124 are the patient-state reachability lints, reachable-routes.ts)
 * and score-validity lints (SCN130–SCN134, warnings that the score can be
 * earned by spotting the answer; see validity/).
 * Codes are never reused; a retired code keeps its entry with `retired: true`.
 */
import type { DiagnosticInfo } from '../format/diagnostic-info.types';

type Entry = DiagnosticInfo;
const entry = (code: string, name: string, title: string, severity: Entry['severity'], description: string, example: string, fix: string): Entry =>
  ({ code, name, title, severity, description, example, fix });

export const SCORING_DIAGNOSTICS: DiagnosticInfo[] = [
  entry('SCN100', 'rubric-invalid-field', 'Rubric code field missing or invalid', 'error',
    'A code in seeds/rubric.json lacks a required field (id, name, definition, example, dimensions, direction, weight, effect, miti, influences, evidence) or has a value of the wrong kind.',
    '(JSON) { "id": "CR", "name": "Complex reflection" }',
    'Add the missing field; dimensions must come from goals, tasks, bond, trust, communication.'),
  entry('SCN101', 'rubric-duplicate-code', 'Duplicate rubric code id', 'error',
    'Two rubric codes share an id, so scenarios could not say which one they mean.',
    '(JSON) two entries with "id": "CR"',
    'Remove or rename one of them. Code ids are fixed by the shared contract.'),
  entry('SCN102', 'rubric-unknown-evidence', 'Rubric cites unknown evidence', 'error',
    'A rubric code lists an evidence id that seeds/evidence.json does not contain, so the debrief could not show its source.',
    '(JSON) "evidence": ["smith-2099"]',
    'Correct the id or add the entry to seeds/evidence.json.'),
  entry('SCN103', 'rubric-dimension-unserved', 'Dimension no building code serves', 'error',
    'No alliance-building code is tagged with this dimension, so trainees could only ever lose points on it.',
    '(JSON) no building code lists "tasks" under dimensions',
    'Tag at least one building code with the dimension.'),
  entry('SCN104', 'rubric-unverified-evidence', 'Rubric rests on unverified evidence', 'error',
    'A rubric code cites an evidence entry marked unverified. Codes must rest on sources someone has checked.',
    '(JSON) evidence entry with "confidence": "unverified" cited by DEF',
    'Verify the source and update its confidence, or cite a checked source instead.'),
  entry('SCN105', 'rubric-weight-direction', 'Weight contradicts direction', 'error',
    'A building code has a weight of zero or less, or a damaging code a weight of zero or more.',
    '(JSON) { "id": "ARG", "direction": "damaging", "weight": 2 }',
    'Make building weights positive and damaging weights negative.'),
  entry('SCN110', 'best-route-not-positive', 'Best route does not end well', 'warning',
    'The highest-scoring route through the scenario ends in a disengaged or escalated outcome, so a trainee who does everything right still fails. The patient model may make an ending unreachable.',
    'routes:\n  - when: { trust: { atLeast: 95 } }\n    next: shared-plan',
    'Check the route conditions into the alliance and partial endings against what the patient model can reach; lower thresholds or add building choices before them.'),
  entry('SCN111', 'worst-route-not-negative', 'Worst route does not end badly', 'warning',
    'The lowest-scoring route still ends in an alliance or partial outcome, so damaging responses carry no consequence in the story.',
    '- id: c\n  codes: [ARG]\n  next: shared-plan',
    'Route damaging choices (or high anger, low trust) toward disengaged or escalated endings.'),
  entry('SCN112', 'dimension-never-scored', 'Dimension never scored', 'warning',
    'No route can change this alliance dimension, so the debrief cannot say anything about it.',
    '(no choice in the scenario uses a goals code: GOAL, BARR, SEEK, EXP, SUM, PERS)',
    'Add choices whose codes touch the dimension, or accept that the scenario does not train it.'),
  entry('SCN113', 'choices-same-codes', 'All choices carry the same codes', 'warning',
    'Every response at this decision has the same behaviour codes, so the choice cannot be told apart in the score or the debrief.',
    'choices:\n  - { id: a, codes: [CR], … }\n  - { id: b, codes: [CR], … }',
    'Code each response for what it does; if they really are alike, offer one contrasting response.'),
  entry('SCN114', 'analysis-estimated', 'Analysis is an estimate', 'info',
    'The scenario is too large (or loops) for the exact route search within its budget, so the best and worst scores are greedy estimates and the route count an upper bound. Trainees who beat the estimate are capped at 100.',
    '(a generated scenario with 1,000 nodes)',
    'Nothing to fix; split very large scenarios if exact scoring matters.'),
  entry('SCN115', 'no-complete-route', 'No route reaches an ending', 'warning',
    'Given the starting patient state and the route conditions, no sequence of choices reaches an ending, so no attempt can be scored.',
    'routes:\n  - when: { anger: { atMost: 10 } }\n    next: shared-plan',
    'Check that every route list ends with a route that has no when:, and that starting values allow the conditions.'),
  entry('SCN120', 'route-never-taken', 'Route never taken', 'warning',
    'No conversation the trainee can have meets this route\'s when: at this point. Starting from initialState, the patient model moves the patient with each choice, and after this choice no reachable patient state satisfies the condition, so the route and anything only it leads to are never seen. Checked over every reachable conversation state; skipped, with SCN121 and SCN122, for a scenario too large to enumerate within the state budget.',
    'initialState: { anger: 50 }\n…\n- id: b\n  codes: [SR]          # calms: anger only falls\n  routes:\n    - when: { anger: { atLeast: 80 } }\n      next: walked-out\n    - next: opening-2',
    'Lower the threshold to values the conversation reaches (the message gives the range seen after this choice), or move the route to a choice that moves the patient that far.'),
  entry('SCN121', 'ending-never-reached', 'Ending never reached in play', 'warning',
    'Links lead to this ending, but only through routes whose conditions no reachable patient state meets, so no trainee ever sees it. (An ending nothing links to at all is SCN045.)',
    'routes:\n  - when: { trust: { atLeast: 95 } }   # trust never gets there\n    next: shared-plan',
    'Check the routes into the ending (SCN120 marks the ones never taken) and lower their thresholds or add choices that move the patient further.'),
  entry('SCN122', 'node-never-reached', 'Node never reached in play', 'warning',
    'Links lead to this node, but only through routes whose conditions no reachable patient state meets, so no trainee ever sees it. (A node nothing links to at all is SCN043.)',
    'routes:\n  - when: { anger: { atLeast: 90 } }   # anger never gets there\n    next: de-escalate-1\n  - next: exploring-1',
    'Check the routes into the node (SCN120 marks the ones never taken) and lower their thresholds, or link to the node from a choice.'),
  entry('SCN130', 'blind-strategy-scores', 'A content-blind rule scores well', 'warning',
    'A rule that never reads the patient (always the first option, always the longest, the longest question, or random choice) was played through the scenario and scores 40 or more, or reaches the best ending the scenario offers (for random choice: in most plays). The score then rewards spotting the answer, not the skill it names.',
    '(every best response is the longest option and ends in "?"; "longestQuestion" scores 90 and reaches alliance)',
    'Make options similar in length and form; make some best answers short statements, move the best answer around, and write distractors as the mistakes students really make.'),
  entry('SCN131', 'best-is-longest', 'The best response is usually the longest', 'warning',
    'On the best route, the best response is longer than every other option in more than 35% of decisions. With three or four options, guessing would give 25–33%, so length has become a cue.',
    'choices:\n  - { id: a, text: "It sounds like the wait has been exhausting and nobody has explained why.", codes: [CR] }\n  - { id: b, text: "Calm down.", codes: [DIS] }',
    'Write every option at a similar length (within about a third), and make some best answers short ("That sounds exhausting.").'),
  entry('SCN132', 'expert-route-miti-below-fair', 'The expert route falls below fair MITI practice', 'warning',
    'The best-scoring route, the one the debrief holds up as the model, falls below the "fair" band of a MITI indicator (reflections per question, share of complex reflections, MI-adherent or non-adherent responses). The score and the MI guidance then pull in different directions.',
    '(the best route asks four questions and offers two reflections: R:Q 0.5, fair from 1)',
    'Let reflections carry the best route: replace a question on it with a reflection, or code a response that reflects and then asks with both codes (e.g. [SR, GOAL]).'),
];
