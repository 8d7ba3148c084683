import type { AttemptConflict, CohortAttempt, FlaggedAttempt, ScoreChecks } from './cohort.types';

/** How an added attempt relates to those already added. */
export type Arrival = 'new' | 'duplicate' | 'conflict';

interface Entry {
  fingerprint: string | undefined;
  source: string | null;
  traineeName: string;
  overall: number | null;
}

/**
 * Which attempts the dashboard has seen, by id, and what their score checks
 * found. The same id with the same content (one file loaded twice) is a
 * duplicate, counted once. The same id with other content is a conflict:
 * every version is counted and listed with its file, so a forged file loaded
 * first cannot make a genuine one vanish, whatever the order.
 */
export function createAttemptLedger() {
  const byId = new Map<string, Entry[]>();
  const conflicted = new Set<string>();
  const flagged: FlaggedAttempt[] = [];
  const counts = { verified: 0, mismatched: 0, cannotVerify: 0, unchecked: 0 };
  let added = 0;

  const sameContent = (a: Entry, attempt: CohortAttempt) =>
    a.fingerprint === undefined || attempt.fingerprint === undefined || a.fingerprint === attempt.fingerprint;

  function tallyCheck(attempt: CohortAttempt) {
    const status = attempt.check?.status;
    if (status === 'verified') counts.verified += 1;
    else if (status === 'cannot-verify') counts.cannotVerify += 1;
    else if (status === undefined) counts.unchecked += 1;
    else {
      counts.mismatched += 1;
      flagged.push({
        attemptId: attempt.attemptId,
        traineeName: attempt.traineeName,
        scenarioTitle: attempt.scenarioTitle,
        source: attempt.source ?? null,
        text: attempt.check!.text,
      });
    }
  }

  return {
    /** Records the attempt; a duplicate is not recorded again and must not be counted. */
    add(attempt: CohortAttempt): Arrival {
      const entries = byId.get(attempt.attemptId) ?? [];
      if (entries.some((entry) => sameContent(entry, attempt))) return 'duplicate';
      entries.push({
        fingerprint: attempt.fingerprint,
        source: attempt.source ?? null,
        traineeName: attempt.traineeName,
        overall: attempt.overall,
      });
      byId.set(attempt.attemptId, entries);
      added += 1;
      tallyCheck(attempt);
      if (entries.length === 1) return 'new';
      conflicted.add(attempt.attemptId);
      return 'conflict';
    },
    get count() {
      return added;
    },
    summary(): ScoreChecks {
      const conflicts: AttemptConflict[] = [...conflicted].map((attemptId) => ({
        attemptId,
        records: byId.get(attemptId)!.map(({ source, traineeName, overall }) => ({ source, traineeName, overall })),
      }));
      return { ...counts, flagged: [...flagged], conflicts };
    },
  };
}
