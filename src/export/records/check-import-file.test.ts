import { describe, expect, it } from 'vitest';
import { playRoute } from '../../engine/authoring';
import { smallScenario } from '../../engine/testing';
import { analysisFor, compileScenario, scoreAttempt } from '../../engine/trainee';
import { fakeAttempt, fakeProfile } from '../../storage/testing/fake-records';
import { buildExportFile } from '../backup/export-file';
import { checkImportFile } from './check-import-file';

const compiled = compileScenario(smallScenario());
const versions = new Map([[compiled.contentHash, compiled]]);
const { transcript, endingId } = playRoute(compiled, analysisFor(compiled).worstRoute);
const score = scoreAttempt(compiled, transcript, endingId);
const base = {
  scenarioId: compiled.scenario.id,
  contentHash: compiled.contentHash,
  profileId: 'p1',
  outcome: score.outcome,
  transcript,
  score,
};

describe('checkImportFile', () => {
  it('imports a genuine attempt as it is, a raised one with its transcript’s score, and leaves out an impossible one', () => {
    const genuine = fakeAttempt({ ...base, id: 'genuine' });
    const raised = fakeAttempt({ ...base, id: 'raised', score: { ...score, overall: 100 } });
    const impossible = fakeAttempt({
      ...base,
      id: 'impossible',
      transcript: transcript.map((e, i) => (i === 0 ? { ...e, nodeId: 'nowhere' } : e)),
    });
    const unknown = fakeAttempt({ ...base, id: 'unknown', contentHash: 'fnv1a64:other' });
    const file = buildExportFile([fakeProfile({ id: 'p1' })], [genuine, raised, impossible, unknown]);

    const checked = checkImportFile(file, versions);

    expect(checked.file.attempts.map((a) => a.id)).toEqual(['genuine', 'raised', 'unknown']);
    expect(checked.file.attempts[0]).toBe(genuine);
    expect(checked.file.attempts[1]).toEqual({ ...raised, score });
    expect(checked.file.attempts[2]).toBe(unknown);
    expect(checked.checks.map((line) => line.text)).toEqual([
      'Score checked against the transcript.',
      `Claimed 100, transcript gives ${score.overall}.`,
      'Cannot verify: this scenario version is not in this app.',
    ]);
    expect(checked.leftOut).toEqual([expect.stringMatching(/was not imported: Claimed \d+, but its transcript is not possible/)]);
  });
});
