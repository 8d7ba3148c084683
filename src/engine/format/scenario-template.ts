/**
 * The starting file for `npm run new-scenario -- <id>`: a small, complete
 * scenario that passes the checker, with comments that teach the format.
 */
export function scenarioTemplate(id: string): string {
  return `# yaml-language-server: $schema=./scenario.schema.json
# A Common Ground scenario. The format is described in scenarios/README.md.
# Check it with: npm run check-scenarios -- scenarios/${id}.scenario.yaml
schemaVersion: 1
${`id: ${id}`.padEnd(31)} # must equal the file name before .scenario.yaml
title: "Replace with a short title"
summary: >-
  One or two sentences: who the patient is and what makes this conversation hard.
difficulty: intermediate        # introductory | intermediate | advanced
estimatedMinutes: 8
learningObjectives:
  - "Name the patient's frustration before moving to goals"
factors: [anger, trust]         # anger, hostility, perceived-injustice, trust, values-and-barriers, goals, tasks, bond, communication
persona:
  name: Alex Example
  age: 52
  pronouns: they/them           # optional
  occupation: bus driver        # optional
  condition: Chronic low back pain for two years
  painHistory: What has happened with the pain and the care so far.
  context: Why the patient is here today and what they expect from you.
  values: ["Getting back to a full shift"]
  barriers: ["Early shifts leave no time for appointments"]
  avatar: { skinTone: medium, hair: short, glasses: false, beard: false }   # optional
# Where it happens: a two-letter country code and the care setting. Clinical
# guidelines cited in feedback must fit the country (NICE for GB; ACP, APTA or CDC for US).
setting: { country: US, care: outpatient private practice }
# Patient state on a 0-100 scale. Anything left out takes its default.
initialState: { anger: 60, trust: 25, injustice: 40, goalAgreement: 10, taskAgreement: 10 }
phases:
  - { id: opening, title: Opening }
  - { id: exploring, title: Exploring }
  - { id: plan, title: Plan }
start: opening-1
nodes:
  - id: opening-1
    phase: opening
    patient:
      text: "Let me guess. Another round of exercises that won't work."
      expression: irritated     # optional; otherwise derived from patient state
      nonverbal: Arms folded.   # optional body language
    timeLimit:                  # optional: what silence does
      seconds: 30
      effects: { anger: 5 }
      feedback: Silence with an irritated patient can read as indifference.
      next: exploring-1
    choices:                    # vary where the best response sits and how long it is
      - id: a
        text: "These exercises are different from the last ones. You just need to stick with them."
        codes: [PERS, REAS]     # behaviour codes from the rubric, at least one
        effects: { anger: 10 }  # overrides the codes' default effect on anger
        feedback: Pushes the plan before the patient feels heard.
        next: exploring-1       # one poor start can still be repaired (SCN116)
      - id: b
        text: "It sounds like you've tried a lot already, and it hasn't paid off."
        codes: [CR]
        feedback: Reflects the frustration before anything else.
        next: exploring-1
  - id: exploring-1
    phase: exploring
    patient:
      text: "Nobody has asked me what I actually want to get back to."
    choices:
      - id: b
        text: "Let's focus on what the research says works for backs like yours."
        codes: [PERS]
        next: reluctant-yes
      - id: a
        text: "What would you most like to be able to do again?"
        codes: [GOAL, EXP]
        next: plan-1
  - id: plan-1
    phase: plan
    patient:
      text: "A full shift without stopping to stretch every hour. That's it."
    choices:
      - id: a
        text: "A full shift, then. Let's build the plan around your shifts, and you choose what fits."
        codes: [SR, SEEK, AUT]
        routes:                 # a good plan lands only once the patient feels heard
          - when: { anger: { atMost: 55 } }
            next: shared-plan
          - next: reluctant-yes
      - id: b
        text: "Here's the sheet. Can you do three sets of ten, twice a day?"
        codes: [PERS]
        routes:                 # the first route whose "when" holds is taken
          - when: { anger: { atLeast: 70 } }
            next: walked-out
          - next: reluctant-yes # the last route has no "when"
endings:
  - id: shared-plan
    phase: plan
    outcome: alliance           # alliance | partial | disengaged | escalated
    title: A plan that fits
    patient: { text: "Alright. I can do that before my shift.", expression: relieved }
    text: What happens next for this patient, in a sentence or two.
  - id: reluctant-yes
    phase: plan
    outcome: partial
    title: A reluctant yes
    text: They take the sheet, but you doubt they will use it.
  - id: walked-out
    phase: plan
    outcome: escalated
    title: Walked out
    text: They leave before the assessment and ask for another therapist.
`;
}
