import type { PatientState } from '../../engine/trainee';
import type { AttemptRecord, Profile } from '../../storage/storage.types';

/**
 * Limits on the numbers and dates of imported records, beyond their shape
 * (record-checks.ts). A file can be well-formed, with a good checksum, and
 * still hold values no Common Ground ever wrote: a finish time in the year
 * 287,000 or a score of a billion. Such a record is left out of the import,
 * with a sentence saying why; the rest of the file still imports.
 *
 * Design choices, not findings: no record can be older than 1 Jan 2020
 * (before Common Ground existed), and a record may be up to a day ahead of
 * this device's clock, so a file from a device whose clock runs fast, or from
 * across the date line, still imports.
 */
export const EARLIEST_RECORD_TIME = Date.UTC(2020, 0, 1);
export const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** Scores (overall and per dimension) and patient state are on a 0–100 scale. */
const SCALE = { min: 0, max: 100 };

const onScale = (value: number) => value >= SCALE.min && value <= SCALE.max;

function timeProblem(value: number, what: string, now: number): string | null {
  if (value < EARLIEST_RECORD_TIME || value > now + CLOCK_SLACK_MS) return `its ${what} is not a possible date`;
  return null;
}

function stateProblem(state: PatientState, what: string): string | null {
  const bad = Object.entries(state).find(([, value]) => !onScale(value));
  return bad ? `its ${what} patient ${bad[0]} is ${bad[1]}, outside 0–100` : null;
}

/** Why an imported attempt's numbers or dates cannot be right, or null when they can. */
export function attemptBoundsProblem(attempt: AttemptRecord, now: number): string | null {
  const problem =
    timeProblem(attempt.startedAt, 'start time', now) ??
    timeProblem(attempt.finishedAt, 'finish time', now) ??
    (attempt.finishedAt < attempt.startedAt ? 'it finishes before it starts' : null) ??
    attempt.transcript.reduce<string | null>(
      (found, entry, i) =>
        found ??
        timeProblem(entry.at, `time of decision ${i + 1}`, now) ??
        stateProblem(entry.before, `decision ${i + 1} starting`) ??
        stateProblem(entry.after, `decision ${i + 1} resulting`),
      null,
    );
  if (problem || !attempt.score) return problem;
  const { overall, dimensions } = attempt.score;
  if (!onScale(overall)) return `its overall score is ${overall}, outside 0–100`;
  const dimension = dimensions.find((entry) => !onScale(entry.score));
  return dimension ? `its ${dimension.dimension} score is ${dimension.score}, outside 0–100` : null;
}

/** Why an imported profile's creation date cannot be right, or null when it can. */
export function profileBoundsProblem(profile: Profile, now: number): string | null {
  return timeProblem(profile.createdAt, 'creation date', now);
}
