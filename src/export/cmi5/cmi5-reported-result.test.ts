import { describe, expect, it } from 'vitest';
import { startCmi5Session } from './cmi5-launch';
import { parseVerdicts } from './cmi5-verdicts';
import { fakeLms, memoryStorage, playSession, type FakeLms } from './testing/fake-lms';

const review = async (lms: FakeLms, session: string) => {
  const start = await startCmi5Session({
    search: lms.launch(session, 'Review'),
    storage: memoryStorage(),
    onProblem: () => undefined,
    fetchImpl: lms.fetchImpl,
  });
  if (!start.ok) throw new Error(start.message);
  return start.verdicts;
};

describe('the result a Review launch shows', () => {
  it('is the passed or failed result the registration last reported, kept in the AU’s state document', async () => {
    const lms = fakeLms();
    expect((await review(lms, 'r0')).reported).toBeUndefined();
    await playSession(lms, 's1', 40);
    expect(await review(lms, 'r1')).toMatchObject({
      completed: true,
      passed: false,
      reported: { scoreRaw: 40, passed: false, passMark: 70 },
    });
    await playSession(lms, 's2', 85);
    expect((await review(lms, 'r2')).reported).toMatchObject({ scoreRaw: 85, passed: true });
    // After a pass, later attempts are not reported (no failed after passed), so the review keeps the pass.
    await playSession(lms, 's3', 10);
    expect((await review(lms, 'r3')).reported).toMatchObject({ scoreRaw: 85, passed: true });
  });

  it('is left out when the stored result is malformed, keeping the verdicts', () => {
    expect(
      parseVerdicts(
        JSON.stringify({ completed: true, passed: false, reported: { scoreRaw: 'high', passed: true, passMark: 70, finishedAt: 1 } }),
      ),
    ).toEqual({ completed: true, passed: false });
    expect(
      parseVerdicts(
        JSON.stringify({ completed: true, passed: true, reported: { scoreRaw: 90, passed: true, passMark: 70, finishedAt: 5 } }),
      ).reported,
    ).toEqual({ scoreRaw: 90, passed: true, passMark: 70, finishedAt: 5 });
  });
});
