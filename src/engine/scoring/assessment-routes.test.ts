/**
 * Clinical competence on the best route (issue 13, point 1): where a shipped
 * scenario's situation calls for an assessment move (consent to examine, a
 * safety screen, a medication check, a referral, a mood screen), the route the
 * analysis scores best contains it. The table names every shipped scenario, so
 * a new one cannot ship without someone deciding what its situation calls for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../format/parse-scenario';
import { analyseScenario } from './analyse-scenario';
import { playRoute } from './play-route';

const DIR = join(__dirname, '../../../scenarios');

/** The assessment codes of the rubric (seeds/README.md, "Codes that need a word of caution"). */
type AssessmentCode = 'CONS' | 'SCRN' | 'MEDS' | 'REFR' | 'MOOD';

/** Scenario id → the assessment codes its best route must contain; empty only with the reason beside it. */
const REQUIRED: Record<string, readonly AssessmentCode[]> = {
  // Post-fusion, worse back pain and a new burning left leg: screen the nerves with
  // consent and liaise with the surgeon's team before saying bending is safe.
  'verbal-abuse-limit': ['CONS', 'SCRN', 'REFR'],
  // Disputed claim, nobody has examined him: consent to examine and a red-flag screen
  // before any explanation of his pain.
  'work-injury-claim': ['CONS', 'SCRN'],
  // He wants an MRI: the red-flag screen, with its reason, is what decides whether one is needed.
  // He wants stronger painkillers too: that is his doctor's call, so liaising with her is the move
  // (the ibuprofen check, MEDS, is offered, but asked before his pain is acknowledged it is mistimed).
  'demands-imaging': ['SCRN', 'REFR'],
  // Night shifts, tears in the car, "running on empty": a brief mood screen with a plan,
  // asked once she trusts you.
  'dismissed-before': ['MOOD'],
  // Her GP has already screened for red flags; the visit is about fitting care around
  // night shifts and caring for Biji. Asking before examining is offered (goals-1 c), not required.
  'carer-barriers': [],
  // A follow-up visit about home exercise; the knee was assessed at earlier visits.
  'exercise-ambivalence': [],
  // His GP's screening found no red flags; the visit is about trust and the insurer's report.
  'insurer-suspicion': [],
  // Her doctor has the X-ray and the diagnosis. An honest offer of a surgeon's opinion is a
  // strong route (goals-1 b, REFR), but an honest "I can't promise gone" serves her as well.
  'pain-gone-goals': [],
  // A first visit through an interpreter: the safety screen asked through the professional
  // interpreter, consent to examine (with a chaperone offered), and a letter so her GP
  // records that she needs an interpreter.
  'interpreter-visit': ['SCRN', 'CONS', 'REFR'],
  // Video follow-up with new pins and needles in his fingers: consent to a guided
  // self-examination, a safety screen with its reason, and an in-person visit.
  'telehealth-follow-up': ['CONS', 'SCRN', 'REFR'],
  // The second session after a flare: a new ache down the thigh (safety screen), shop
  // ibuprofen on top of prescribed naproxen (medication check), consent to re-examine.
  'rupture-repair': ['SCRN', 'MEDS', 'CONS'],
};

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.scenario.yaml'))
  .sort();

describe('assessment moves on the best route', () => {
  it('lists every shipped scenario (add a new one to REQUIRED, with a reason if it needs none)', () => {
    const missing = files.map((f) => f.replace('.scenario.yaml', '')).filter((id) => !(id in REQUIRED));
    expect(missing, `shipped scenarios missing from the assessment table: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(files)('%s: the best route contains the assessment its situation calls for', (file) => {
    const { scenario } = parseScenario(readFileSync(join(DIR, file), 'utf8'), file);
    if (!scenario) throw new Error(`${file} does not parse`);
    const required = REQUIRED[scenario.id] ?? [];
    const analysis = analyseScenario({ scenario });
    const { transcript } = playRoute({ scenario, analysis }, analysis.bestRoute);
    const onRoute = new Set(transcript.flatMap((entry) => entry.codes));
    const absent = required.filter((code) => !onRoute.has(code));
    expect(absent, `${scenario.id}: the best route lacks ${absent.join(', ')}`).toEqual([]);
  });
});
