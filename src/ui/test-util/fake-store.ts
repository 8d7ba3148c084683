import type { AttemptRecord, InProgressRecord, Profile, Settings } from '../../storage/storage.types';
import { attemptsToCsv, buildExportFile, parseExportFile, serializeExportFile } from '../../export/records';
import type { StoreChange } from '../../storage/store.types';
import { DEFAULT_SETTINGS, type StoreNotice, type StorePort } from '../data/store-port';

/** An in-memory StorePort for component tests, with its data exposed for assertions. */
export interface FakeStore extends StorePort {
  data: {
    profiles: Profile[];
    settings: Settings;
    attempts: AttemptRecord[];
    inProgress: InProgressRecord[];
  };
  emit: (notice: StoreNotice) => void;
}

export function fakeStore(seed: Partial<FakeStore['data']> = {}): FakeStore {
  const data: FakeStore['data'] = {
    profiles: seed.profiles ?? [{ id: 'p1', displayName: 'Alex', programId: null, createdAt: 1 }],
    settings: { ...DEFAULT_SETTINGS, activeProfileId: 'p1', ...seed.settings },
    attempts: seed.attempts ?? [],
    inProgress: seed.inProgress ?? [],
  };
  const listeners = new Set<(notice: StoreNotice) => void>();
  const changeListeners = new Set<(change: StoreChange) => void>();
  /** Like the real store: after each write, this tab's change listeners hear which tables changed. */
  const changed = (...tables: StoreChange['tables']) => changeListeners.forEach((listener) => listener({ tables, otherTab: false }));
  let nextId = 1;
  const records = (profileId?: string) =>
    [
      data.profiles.filter((p) => profileId === undefined || p.id === profileId),
      data.attempts.filter((a) => profileId === undefined || a.profileId === profileId),
    ] as const;
  const sameKey = (a: InProgressRecord, profileId: string, scenarioId: string) => a.profileId === profileId && a.scenarioId === scenarioId;

  return {
    data,
    emit: (notice) => listeners.forEach((listener) => listener(notice)),
    profiles: {
      list: async () => [...data.profiles],
      create: async (displayName, programId = null) => {
        const profile = { id: `p-new-${nextId++}`, displayName, programId, createdAt: Date.now() };
        data.profiles.push(profile);
        changed('profiles');
        return profile;
      },
      update: async (id, fields) => {
        const index = data.profiles.findIndex((p) => p.id === id);
        if (index < 0) throw new TypeError(`There is no readable profile with id "${id}".`);
        const profile = { ...data.profiles[index]!, ...fields };
        data.profiles[index] = profile;
        changed('profiles');
        return profile;
      },
      // Not the real hash (that is the store's, tested there): enough to tell PINs apart.
      setPin: async (id, pin) => {
        const index = data.profiles.findIndex((p) => p.id === id);
        const { pin: _old, ...profile } = data.profiles[index] ?? { id, displayName: '?', programId: null, createdAt: 0 };
        const next =
          pin === null ? profile : { ...profile, pin: { scheme: 'sha256-salted' as const, salt: 'fake', rounds: 1, hash: `fake:${pin}` } };
        data.profiles[index] = next;
        changed('profiles');
        return next;
      },
      checkPin: async (id, pin) => data.profiles.find((p) => p.id === id)?.pin?.hash === `fake:${pin}`,
    },
    settings: {
      get: async () => ({ ...data.settings }),
      update: async (patch) => {
        data.settings = { ...data.settings, ...patch };
        changed('settings');
        return { ...data.settings };
      },
    },
    attempts: {
      save: async (record) => {
        data.attempts = [...data.attempts.filter((a) => a.id !== record.id), record];
        changed('attempts', 'inProgress');
      },
      listByProfile: async (profileId) => ({
        records: data.attempts.filter((a) => a.profileId === profileId),
        skipped: 0,
      }),
      get: async (id) => data.attempts.find((a) => a.id === id) ?? null,
    },
    inProgress: {
      save: async (record) => {
        data.inProgress = [...data.inProgress.filter((r) => !sameKey(r, record.profileId, record.scenarioId)), record];
        changed('inProgress');
      },
      get: async (profileId, scenarioId) => data.inProgress.find((r) => sameKey(r, profileId, scenarioId)) ?? null,
      latest: async (profileId) =>
        data.inProgress.filter((r) => r.profileId === profileId).sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null,
      clear: async (profileId, scenarioId) => {
        data.inProgress = data.inProgress.filter((r) => !sameKey(r, profileId, scenarioId));
        changed('inProgress');
      },
    },
    onNotice: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onChange: (listener) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    exportJson: async (profileId) => serializeExportFile(buildExportFile(...records(profileId))),
    exportCsv: async (profileId) => attemptsToCsv(...records(profileId)),
    importJson: async (text) => {
      const parsed = parseExportFile(text);
      if (!parsed.ok) return parsed;
      const known = new Set(data.attempts.map((a) => a.id));
      const added = parsed.file.attempts.filter((a) => !known.has(a.id));
      const newProfiles = parsed.file.profiles.filter((p) => !data.profiles.some((q) => q.id === p.id));
      data.attempts.push(...added);
      data.profiles.push(...newProfiles);
      changed('profiles', 'attempts');
      const rejected = parsed.rejected.length > 0 ? { rejected: parsed.rejected } : {};
      return {
        ok: true,
        profilesAdded: newProfiles.length,
        attemptsAdded: added.length,
        attemptsSkipped: parsed.file.attempts.length - added.length,
        ...rejected,
      };
    },
    clearAll: async () => {
      Object.assign(data, { profiles: [], settings: { ...DEFAULT_SETTINGS }, attempts: [], inProgress: [] });
      changed('profiles', 'settings', 'attempts', 'inProgress', 'drafts', 'outbox');
    },
  };
}
