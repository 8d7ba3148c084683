import { describe, expect, it } from 'vitest';
import { profilePinCheck } from '../profile-pin';
import fixtures from './verdicts.fixtures.json';
import { attemptCheck, draftCheck, inProgressCheck, outboxCheck, profileCheck } from './record-checks';

type Check = (value: unknown, path: string) => string | null;
const listOf =
  (check: Check): Check =>
  (value, path) =>
    Array.isArray(value)
      ? (value.map((item, i) => check(item, `${path}[${i}]`)).find((problem) => problem !== null) ?? null)
      : `${path} should be a list`;

const CHECKS: Record<string, Check> = {
  profile: profileCheck,
  profiles: listOf(profileCheck),
  attempt: attemptCheck,
  attempts: listOf(attemptCheck),
  inProgress: inProgressCheck,
  draft: draftCheck,
  outbox: outboxCheck,
  pin: profilePinCheck,
};

/** The fixtures write NaN and ±Infinity, which JSON cannot hold, as { nonFinite }. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  if ('nonFinite' in value) return Number((value as { nonFinite: string }).nonFinite);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
}

/*
 * Verdicts of the hand-written checks, recorded before the storage boundary
 * moved to zod: the same records are read, the same ones skipped, with the
 * same words in the log and in import messages.
 */
describe('stored records get the same verdicts as before', () => {
  it.each(fixtures.map((fixture, i) => ({ ...fixture, i })))('#$i $check: $verdict', ({ check, root, value, verdict }) => {
    expect(CHECKS[check]!(revive(value), root)).toBe(verdict);
  });
});
