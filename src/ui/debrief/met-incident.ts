import type { Scenario, TranscriptEntry } from '../../engine/trainee';

/** The rubric code for stepping out or getting help (seeds/rubric.json). */
const SAFE_CODE = 'SAFE';

/**
 * Whether an attempt went through an incident the trainee should look after
 * themselves about: they stepped out or got help (a SAFE response), the
 * conversation ended at a safety stop, or they faced a moment where stepping
 * out was on offer (the author put it there because the patient insulted or
 * threatened them). Derived from the attempt, so no scenario needs a flag.
 */
export function metIncident(transcript: readonly TranscriptEntry[], scenario: Scenario | null, endingId: string | null): boolean {
  if (transcript.some((entry) => entry.codes.includes(SAFE_CODE))) return true;
  if (!scenario) return false;
  if (scenario.endings.some((ending) => ending.id === endingId && ending.safetyLimit)) return true;
  const threatening = new Set(
    scenario.nodes.filter((node) => node.choices.some((choice) => choice.codes.includes(SAFE_CODE))).map((node) => node.id),
  );
  return transcript.some((entry) => threatening.has(entry.nodeId));
}
