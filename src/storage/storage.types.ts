import type { TranscriptEntry } from '../engine/runtime/session.types';
import type { ScoreCard } from '../engine/scoring/scoring.types';
import type { OutcomeClass } from '../engine/format/scenario.types';

/** A trainee on this browser. `programId` is what the program issues, if any. */
export interface Profile {
  id: string;
  displayName: string;
  programId: string | null;
  createdAt: number;
}

/** A finished (or abandoned) attempt at one scenario. */
export interface AttemptRecord {
  id: string;
  profileId: string;
  scenarioId: string;
  scenarioTitle: string;
  contentHash: string;
  scenarioSchemaVersion: number;
  /** One xAPI registration per attempt. */
  registration: string;
  startedAt: number;
  finishedAt: number;
  status: 'completed' | 'abandoned';
  outcome: OutcomeClass | null;
  transcript: TranscriptEntry[];
  score: ScoreCard | null;
  /** Persisted engine snapshots taken before each decision (turn index → JSON). */
  checkpoints: string[];
}

/** A scenario in progress, saved after every turn so a reload resumes it. */
export interface InProgressRecord {
  profileId: string;
  scenarioId: string;
  contentHash: string;
  registration: string;
  startedAt: number;
  updatedAt: number;
  /** JSON of actor.getPersistedSnapshot(). */
  snapshot: string;
  checkpoints: string[];
}

export interface Settings {
  activeProfileId: string | null;
  mode: 'coach' | 'realistic';
  volume: number;
  muted: boolean;
  ambient: boolean;
  speechSynthesis: boolean;
  /** WCAG 2.2.1: time limits can be extended or switched off. */
  timeLimitFactor: 1 | 2 | 4 | null;
  reducedMotion: 'system' | 'reduce' | 'no-preference';
  lrs: { endpoint: string; key: string; secret: string; homePage: string } | null;
}
