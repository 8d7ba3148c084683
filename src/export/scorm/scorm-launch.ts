import type { CompiledScenario, TranscriptEntry } from '../../engine/trainee';
import type { InProgressRecord, Profile, Settings } from '../../storage/storage.types';
import { findLmsApi } from './find-lms-api';
import { replaySteps } from './replay-steps';
import { decodeResume, shortHash } from './resume-record';
import { connectScorm, type ScormConnection } from './scorm-connection';
import { ScormReporter } from './scorm-reporter';

/** The parts of the store a launch touches (storage's Store satisfies it). */
export interface LaunchStore {
  profiles: { list: () => Promise<Profile[]>; create: (displayName: string, programId?: string | null) => Promise<Profile> };
  settings: { get: () => Promise<Settings>; update: (patch: Partial<Settings>) => Promise<Settings> };
  inProgress: {
    save: (record: InProgressRecord) => Promise<void>;
    clear: (profileId: string, scenarioId: string) => Promise<void>;
  };
}

export type ScormLaunch =
  | { connected: false }
  | {
      connected: true;
      version: '1.2' | '2004';
      reporter: ScormReporter;
      profileId: string;
      /** The scenario whose attempt was restored from suspend_data, to open at once. */
      resumeScenarioId: string | null;
      /** Said once to the trainee (e.g. a saved attempt could not be resumed). */
      notice: string | null;
    };

export interface LaunchOptions {
  window: Window;
  store: LaunchStore;
  loadScenario: (id: string) => Promise<CompiledScenario>;
  /** The scenario the LMS launched (from the #/play/<id> route), if any. */
  launchScenarioId: string | null;
  now?: () => number;
}

/** The learner's profile on this browser: the active one, or one made from the LMS's learner. */
async function profileFor(store: LaunchStore, lms: ScormConnection): Promise<string> {
  const [profiles, settings] = await Promise.all([store.profiles.list(), store.settings.get()]);
  const active = profiles.find((profile) => profile.id === settings.activeProfileId) ?? profiles[0];
  if (active) {
    if (settings.activeProfileId !== active.id) await store.settings.update({ activeProfileId: active.id });
    return active.id;
  }
  // "Last, First" in SCORM; shown only on this device.
  const name = lms.get('learnerName').split(',').reverse().join(' ').trim() || 'Trainee';
  const created = await store.profiles.create(name, lms.get('learnerId').trim() || null);
  // The LMS says who the learner is, so the app's first-start question is not asked.
  await store.settings.update({ activeProfileId: created.id, askedForName: true });
  return created.id;
}

const UNREADABLE_RESUME =
  'Your saved place in this conversation could not be read (the course system may have changed it), so it starts again from the beginning.';

/**
 * Connects to the LMS (if there is one), and when it asks to resume, rebuilds
 * the suspended attempt from suspend_data by replaying its decisions, saving
 * it where the play screen looks for a conversation to continue.
 */
export async function launchScorm(options: LaunchOptions): Promise<ScormLaunch> {
  const now = options.now ?? Date.now;
  const found = findLmsApi(options.window);
  if (!found) return { connected: false };
  const lms = connectScorm(found);
  if (!lms.initialize()) return { connected: false };
  const sessionStart = now();
  const { store } = options;
  const profileId = await profileFor(store, lms);
  const base = { connected: true as const, version: lms.version, reporter: new ScormReporter(lms, sessionStart, now), profileId };

  const entry = lms.get('entry');
  const suspendData = entry === 'resume' ? lms.get('suspendData') : '';
  const record = suspendData ? decodeResume(suspendData) : null;
  if (!record) {
    // The LMS starts a new attempt: an older unfinished one on this browser is not it.
    if (entry === 'ab-initio' && options.launchScenarioId) await store.inProgress.clear(profileId, options.launchScenarioId);
    // Damaged, or written by something else: say why the conversation starts over rather than failing quietly.
    return { ...base, resumeScenarioId: null, notice: suspendData ? UNREADABLE_RESUME : null };
  }
  try {
    const compiled = await options.loadScenario(record.scenarioId);
    if (shortHash(compiled.contentHash) !== record.hash) {
      await store.inProgress.clear(profileId, record.scenarioId);
      return {
        ...base,
        resumeScenarioId: null,
        notice: 'This scenario has changed since you last played it, so it starts again from the beginning.',
      };
    }
    const { timeLimitFactor } = await store.settings.get();
    const session = replaySteps(compiled, record.steps, timeLimitFactor, record.seed ?? null);
    const at = now();
    await store.inProgress.save({
      profileId,
      scenarioId: record.scenarioId,
      contentHash: compiled.contentHash,
      registration: record.registration,
      startedAt: at - record.elapsedSeconds * 1000,
      updatedAt: at,
      snapshot: session.persist(),
      checkpoints: [...session.checkpoints],
      ...(session.seed === null ? {} : { seed: session.seed }),
    });
    session.stop();
    return { ...base, resumeScenarioId: record.scenarioId, notice: null };
  } catch {
    return { ...base, resumeScenarioId: null, notice: 'Your saved conversation could not be resumed, so it starts again.' };
  }
}

/** The decisions inside a saved in-progress snapshot (the engine's persisted context). */
export function transcriptOfSnapshot(snapshot: string | undefined): TranscriptEntry[] {
  if (!snapshot) return [];
  try {
    const transcript = (JSON.parse(snapshot) as { context?: { transcript?: unknown } }).context?.transcript;
    return Array.isArray(transcript) ? (transcript as TranscriptEntry[]) : [];
  } catch {
    return [];
  }
}
