/// <reference types="vite/client" />
/**
 * Test-only: plays a real scenario headlessly through the engine so xAPI and
 * SCORM tests work on genuine transcripts, not hand-written ones.
 */
import { parse } from 'yaml';
import source from '../../../../scenarios/insurer-suspicion.scenario.yaml?raw';
import {
  compileScenario,
  createSession,
  DIMENSIONS,
  type CompiledScenario,
  type Scenario,
  type ScoreCard,
  type TranscriptEntry,
} from '../../../engine/trainee';
import type { AttemptRecord } from '../../../storage/storage.types';
import type { AttemptXapiContext } from '../statement-context';

export const COMPILED: CompiledScenario = compileScenario(parse(source) as Scenario);

/** Plays until the end (or `maxTurns`), picking choice `pick(turn, count)` each time. */
export function playTranscript(
  pick: (turn: number, count: number) => number = (turn) => turn % 2,
  maxTurns = 50,
): { transcript: TranscriptEntry[]; endingId: string | null } {
  const session = createSession(COMPILED, { timeLimitFactor: null });
  try {
    let view = session.getView();
    while (view.status === 'active' && view.transcript.length < maxTurns) {
      const index = Math.min(pick(view.transcript.length, view.choices.length), view.choices.length - 1);
      session.send({ type: 'CHOOSE', choiceId: view.choices[index]!.id });
      view = session.getView();
    }
    return { transcript: view.transcript, endingId: view.ending?.id ?? null };
  } finally {
    session.stop();
  }
}

export function fakeScore(overall: number): ScoreCard {
  return {
    overall,
    dimensions: DIMENSIONS.map((dimension, i) => ({ dimension, score: Math.min(100, overall + i), raw: i, best: 10, worst: -10 })),
    miti: [],
    outcome: 'partial',
    decisions: [],
  };
}

export function xapiContext(registration: string, name = 'learner-42'): AttemptXapiContext {
  return {
    registration,
    account: { homePage: 'https://program.example/pt', name },
    scenario: COMPILED.scenario,
    contentHash: COMPILED.contentHash,
    platform: 'Common Ground test',
  };
}

export function attemptRecord(registration: string, overall = 75, pick?: (turn: number, count: number) => number): AttemptRecord {
  const { transcript } = playTranscript(pick);
  const startedAt = (transcript[0]?.at ?? Date.now()) - 5000;
  return {
    id: `attempt-${registration}`,
    profileId: 'profile-1',
    scenarioId: COMPILED.scenario.id,
    scenarioTitle: COMPILED.scenario.title,
    contentHash: COMPILED.contentHash,
    scenarioSchemaVersion: 1,
    registration,
    startedAt,
    finishedAt: (transcript.at(-1)?.at ?? startedAt) + 1500,
    status: 'completed',
    outcome: 'partial',
    transcript,
    score: fakeScore(overall),
    checkpoints: [],
  };
}
