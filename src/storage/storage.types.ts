import type { CompiledScenario, OutcomeClass, ScoreCard, TranscriptEntry } from '../engine/trainee';
import type { FreeTextProgress, FreeTextTurn } from './free-text.types';
import type { ProfilePin } from './profile-pin';

export type { FreeTextProgress, FreeTextTurn };

/** A transcript entry as stored: the engine's entry, plus the trainee's own words when it was answered in free-text mode. */
export type StoredTranscriptEntry = TranscriptEntry & { freeText?: FreeTextTurn };

/** A trainee on this browser. `programId` is what the program issues, if any. */
export interface Profile {
  id: string;
  displayName: string;
  programId: string | null;
  createdAt: number;
  /** Absent when the profile has no PIN; see profile-pin.ts (a privacy screen, not encryption). */
  pin?: ProfilePin;
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
  transcript: StoredTranscriptEntry[];
  score: ScoreCard | null;
  /** Persisted engine snapshots taken before each decision (turn index → JSON). */
  checkpoints: string[];
  /**
   * The attempt's choice-order seed (unsigned 32-bit). Absent in attempts
   * saved before choices were shuffled: those were shown in authored order.
   */
  seed?: number;
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
  /** The choice-order seed (also inside the snapshot); absent for older saves, which resume in authored order. */
  seed?: number;
  /** Present when the attempt is played in free-text mode. */
  freeText?: FreeTextProgress;
}

export interface Settings {
  activeProfileId: string | null;
  /**
   * The first-start question (display name, program ID) has been answered on
   * this browser. Until then a profile still called "Trainee" (the name given
   * before anyone was asked) is asked once for a name.
   */
  askedForName: boolean;
  mode: 'coach' | 'realistic';
  volume: number;
  muted: boolean;
  ambient: boolean;
  speechSynthesis: boolean;
  /** WCAG 2.2.1: time limits can be extended or switched off. */
  timeLimitFactor: 1 | 2 | 4 | null;
  reducedMotion: 'system' | 'reduce' | 'no-preference';
  /** Free-text mode: never, offered at the start of each attempt, or every attempt. */
  freeTextMode: 'off' | 'ask' | 'always';
  /** A program's privacy switch: when false, typed words route the conversation and are then dropped. */
  keepTypedWords: boolean;
  /**
   * A saved LRS credential and which kind it is: a learner's write-only one,
   * or (staff devices only) one that can read for the dashboard. No kind:
   * saved before kinds existed, treated as write-only.
   */
  lrs: { endpoint: string; key: string; secret: string; homePage: string; kind?: 'learner-write' | 'dashboard-read' } | null;
}

/** A scenario file being written in the authoring page; saved as the author types. */
export interface DraftRecord {
  id: string;
  fileName: string;
  /** The YAML source, exactly as typed. */
  text: string;
  updatedAt: number;
}

/**
 * One xAPI statement waiting to be sent (owned by the xAPI module; storage only
 * keeps it). Keyed by the statement id, so queuing the same statement twice is
 * a no-op rather than a duplicate send.
 */
export interface OutboxRecord {
  /** The statement's own `id` (a UUID). */
  id: string;
  /** The profile whose attempt produced the statement. */
  profileId: string;
  /** The statement as plain JSON, ready to POST. */
  statement: Record<string, unknown>;
  /** Send attempts made so far. */
  attempts: number;
  /** Earliest time (ms since epoch) the next send may be tried: the back-off. */
  nextAttemptAt: number;
  /** `failed` means the LRS rejected it for good (HTTP 400); kept for the instructor to see. */
  status: 'pending' | 'sending' | 'failed';
  /** The last error, in words, for the settings screen. */
  lastError: string | null;
  createdAt: number;
}

/**
 * A scenario added from a scenario pack, as the app's own checker built it.
 * Keyed by content hash: when a newer version of the same scenario is added,
 * the old one stays (with `replacedAt` set) so attempts played against it can
 * still be re-checked; the library lists only versions not replaced.
 */
export interface PackScenarioRecord {
  contentHash: string;
  scenarioId: string;
  compiled: CompiledScenario;
  /** The pack it came from: its file name or address, and when it was published. */
  pack: { name: string; publishedAt: string };
  addedAt: number;
  replacedAt: number | null;
}

/**
 * A voice clip that came in a scenario pack: the sound of one patient line
 * of one scenario version. Kept apart from the scenario so listing the
 * library never loads sound; played from memory, so it works offline.
 */
export interface PackClipRecord {
  /** The scenario version it speaks for (PackScenarioRecord.contentHash). */
  contentHash: string;
  scenarioId: string;
  /** The patient line (node or ending id) it speaks. */
  line: string;
  /** What its first bytes said it is when the pack was checked. */
  kind: 'mp3' | 'ogg' | 'wav';
  bytes: Uint8Array;
}
