import { describe, expect, it } from 'vitest';
import { playRoute } from '../../engine/authoring';
import { smallScenario } from '../../engine/testing';
import { analysisFor, compileScenario, scoreAttempt } from '../../engine/trainee';
import type { FreeTextTurn } from '../../storage/storage.types';
import { fakeAttempt, fakeProfile } from '../../storage/testing/fake-records';
import { buildExportFile } from '../backup/export-file';
import { checkImportFile } from './check-import-file';

const compiled = compileScenario(smallScenario());
const versions = new Map([[compiled.contentHash, compiled]]);
const { transcript, endingId } = playRoute(compiled, analysisFor(compiled).worstRoute);
const score = scoreAttempt(compiled, transcript, endingId);
const words = (i: number): FreeTextTurn => ({ words: `typed ${i}`, codes: [], behaviour: 'other', closestChoiceId: 'x', overridden: true });
const typed = transcript.map((entry, i) => ({ ...entry, freeText: words(i) }));

describe('checkImportFile with free-text answers', () => {
  it('scores by the choices, not the words, and keeps the words beside their decisions', () => {
    const genuine = fakeAttempt({
      id: 'genuine',
      scenarioId: compiled.scenario.id,
      contentHash: compiled.contentHash,
      profileId: 'p1',
      outcome: score.outcome,
      transcript: typed,
      score,
    });
    const raised = { ...genuine, id: 'raised', score: { ...score, overall: 100 } };
    const checked = checkImportFile(buildExportFile([fakeProfile({ id: 'p1' })], [genuine, raised]), versions);
    expect(checked.checks.map((line) => line.status)).toEqual(['verified', 'mismatch']);
    const rescored = checked.file.attempts[1]!;
    expect(rescored.score?.overall).toBe(score.overall);
    expect(rescored.transcript.map((entry) => entry.freeText?.words)).toEqual(transcript.map((_, i) => `typed ${i}`));
  });
});
