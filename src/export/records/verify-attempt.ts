import { replayTranscript, scoreTotals, type CompiledScenario, type ScoreTotals, type TranscriptEntry } from '../../engine/trainee';
import type { AttemptRecord } from '../../storage/storage.types';

/** The scenario versions this app has, by content hash: what an attempt can be checked against. */
export type ScenarioVersions = ReadonlyMap<string, CompiledScenario>;

/** What an attempt's transcript gives when replayed through the scenario it names. */
export interface DerivedAttempt {
  transcript: TranscriptEntry[];
  endingId: string | null;
  status: AttemptRecord['status'];
  /** Null for an attempt that ended early: it has no score. */
  totals: ScoreTotals | null;
}

/**
 * Scores are derived, never trusted. `verified`: the record says what its
 * transcript gives. `mismatch`: it claims something else (`derived` is null
 * when the transcript itself cannot have happened). `cannot-verify`: this app
 * does not have the scenario version the record names, so nothing can be
 * derived and the claimed score is all there is.
 */
export type AttemptCheck =
  | { status: 'verified'; derived: DerivedAttempt }
  | { status: 'mismatch'; claimed: number | null; derived: DerivedAttempt | null; problem: string }
  | { status: 'cannot-verify'; reason: string };

export const UNKNOWN_VERSION = 'this scenario version is not in this app';

const sameState = (a: object, b: object) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** The first recorded turn whose codes or patient states differ from the replay, 1-based; 0 when none does. */
function firstAlteredTurn(recorded: readonly TranscriptEntry[], derived: readonly TranscriptEntry[]): number {
  const index = derived.findIndex((entry, i) => {
    const claim = recorded[i]!;
    return (
      claim.codes.join(' ') !== entry.codes.join(' ') || !sameState(claim.before, entry.before) || !sameState(claim.after, entry.after)
    );
  });
  return index + 1;
}

function scoreProblem(attempt: AttemptRecord, derived: DerivedAttempt): string | null {
  const { score } = attempt;
  const totals = derived.totals;
  if (!totals) return score ? 'it has a score, but its transcript stops before an ending' : null;
  // Saved unscored (scoring failed when it was played): nothing was claimed, so nothing contradicts.
  if (!score) return null;
  if (score.overall !== totals.overall) return `its transcript gives an overall score of ${totals.overall}`;
  const dimension = totals.dimensions.find((entry) => score.dimensions.find((d) => d.dimension === entry.dimension)?.score !== entry.score);
  if (dimension) return `its transcript gives a ${dimension.dimension} score of ${dimension.score}`;
  if (score.outcome !== totals.outcome || attempt.outcome !== totals.outcome) return 'its transcript reaches a different ending';
  return null;
}

/** Replays the attempt's responses through the scenario version it names and compares what it claims. */
export function verifyAttempt(attempt: AttemptRecord, versions: ScenarioVersions): AttemptCheck {
  const compiled = versions.get(attempt.contentHash);
  if (!compiled || compiled.scenario.id !== attempt.scenarioId) return { status: 'cannot-verify', reason: UNKNOWN_VERSION };
  const claimed = attempt.score?.overall ?? null;
  const replayed = replayTranscript(compiled, attempt.transcript);
  if (!replayed.ok) {
    return { status: 'mismatch', claimed, derived: null, problem: `its transcript is not possible in this scenario: ${replayed.problem}` };
  }
  const status = replayed.endingId === null ? 'abandoned' : 'completed';
  const derived: DerivedAttempt = {
    transcript: replayed.transcript,
    endingId: replayed.endingId,
    status,
    totals: status === 'completed' ? scoreTotals(compiled, replayed.transcript, replayed.endingId) : null,
  };
  const altered = firstAlteredTurn(attempt.transcript, replayed.transcript);
  const problem =
    (attempt.status !== status
      ? status === 'completed'
        ? 'it says it ended early, but its transcript reaches an ending'
        : 'it says it was finished, but its transcript stops before an ending'
      : null) ??
    (altered ? `the patient’s reactions it records at decision ${altered} do not follow from the responses` : null) ??
    scoreProblem(attempt, derived);
  return problem ? { status: 'mismatch', claimed, derived, problem } : { status: 'verified', derived };
}

const points = (value: number | null) => (value === null ? 'no score' : String(Math.round(value)));

/** The check in the plain words History and the dashboard both show. */
export function describeCheck(check: AttemptCheck): string {
  if (check.status === 'cannot-verify') return `Cannot verify: ${check.reason}.`;
  if (check.status === 'verified') {
    return check.derived.totals ? 'Score checked against the transcript.' : 'Checked against the transcript (ended early, no score).';
  }
  const derivedScore = check.derived?.totals?.overall ?? null;
  if (check.derived && derivedScore !== check.claimed) return `Claimed ${points(check.claimed)}, transcript gives ${points(derivedScore)}.`;
  return `Claimed ${points(check.claimed)}, but ${check.problem}.`;
}
