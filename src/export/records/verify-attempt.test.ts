import { describe, expect, it } from 'vitest';
import { playRoute } from '../../engine/authoring';
import { smallScenario } from '../../engine/testing';
import { analysisFor, compileScenario, scoreAttempt } from '../../engine/trainee';
import { fakeAttempt } from '../../storage/testing/fake-records';
import type { AttemptRecord } from '../../storage/storage.types';
import { describeCheck, verifyAttempt } from './verify-attempt';

const compiled = compileScenario(smallScenario());
const analysis = analysisFor(compiled);
const versions = new Map([[compiled.contentHash, compiled]]);

/** A record as the app saves it: the route played through the scenario and scored. */
function genuine(route = analysis.worstRoute): AttemptRecord {
  const { transcript, endingId } = playRoute(compiled, route);
  const score = scoreAttempt(compiled, transcript, endingId);
  return fakeAttempt({
    scenarioId: compiled.scenario.id,
    contentHash: compiled.contentHash,
    status: 'completed',
    outcome: score.outcome,
    transcript,
    score,
  });
}

describe('verifyAttempt', () => {
  it('verifies a genuine record and derives the score it claims', () => {
    const record = genuine();
    const check = verifyAttempt(record, versions);
    expect(check).toMatchObject({ status: 'verified', derived: { status: 'completed', totals: { overall: record.score!.overall } } });
    expect(describeCheck(check)).toBe('Score checked against the transcript.');
  });

  it('flags a raised score and gives the score the transcript really earns', () => {
    const record = genuine();
    const earned = record.score!.overall;
    const raised = { ...record, score: { ...record.score!, overall: 100 } };
    const check = verifyAttempt(raised, versions);
    expect(check).toMatchObject({ status: 'mismatch', claimed: 100, derived: { totals: { overall: earned } } });
    expect(describeCheck(check)).toBe(`Claimed 100, transcript gives ${earned}.`);
  });

  it('flags a raised dimension score even when the overall score was left alone', () => {
    const record = genuine();
    const dimensions = record.score!.dimensions.map((entry, i) => (i === 2 ? { ...entry, score: 100 } : entry));
    const check = verifyAttempt({ ...record, score: { ...record.score!, dimensions } }, versions);
    expect(check.status).toBe('mismatch');
    expect(describeCheck(check)).toMatch(/^Claimed \d+, but its transcript gives a bond score of \d+\.$/);
  });

  it('flags a transcript whose recorded patient states were edited to look better', () => {
    const record = genuine();
    const transcript = record.transcript.map((entry, i) => (i === 1 ? { ...entry, after: { ...entry.after, trust: 99 } } : entry));
    const check = verifyAttempt({ ...record, transcript }, versions);
    expect(check).toMatchObject({ status: 'mismatch', problem: expect.stringContaining('decision 2') });
  });

  it('cannot verify a record of a scenario version this app does not have', () => {
    const check = verifyAttempt({ ...genuine(), contentHash: 'fnv1a64:0123456789abcdef' }, versions);
    expect(check).toEqual({ status: 'cannot-verify', reason: 'this scenario version is not in this app' });
    expect(describeCheck(check)).toBe('Cannot verify: this scenario version is not in this app.');
  });

  it('flags an impossible transcript: a response the node never offered', () => {
    const record = genuine();
    const transcript = record.transcript.map((entry, i) => (i === 1 ? { ...entry, choiceId: 'z' } : entry));
    const check = verifyAttempt({ ...record, transcript }, versions);
    expect(check).toMatchObject({ status: 'mismatch', derived: null });
    expect(describeCheck(check)).toBe(
      `Claimed ${record.score!.overall}, but its transcript is not possible in this scenario: decision 2 picks “z”, which “${record.transcript[1]!.nodeId}” does not offer.`,
    );
  });

  it('verifies an attempt that ended early, and flags one that claims a score it cannot have', () => {
    const { transcript } = playRoute(compiled, analysis.bestRoute.slice(0, 1));
    const early = fakeAttempt({
      scenarioId: compiled.scenario.id,
      contentHash: compiled.contentHash,
      status: 'abandoned',
      outcome: null,
      transcript,
      score: null,
    });
    expect(verifyAttempt(early, versions)).toMatchObject({ status: 'verified', derived: { status: 'abandoned', totals: null } });
    const claimed = verifyAttempt({ ...early, score: genuine().score }, versions);
    expect(claimed).toMatchObject({ status: 'mismatch', problem: expect.stringContaining('stops before an ending') });
  });
});
