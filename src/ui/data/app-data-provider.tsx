import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Profile, Settings } from '../../storage/storage.types';
import { AppDataContext, type AppData } from './app-data-context';
import { DEFAULT_SETTINGS, type StoreNotice, type StorePort } from './store-port';

/**
 * Name of the profile made on first run, so a new trainee can start at once;
 * the first-start dialog then asks for their own (see Settings.askedForName).
 */
export const FIRST_PROFILE_NAME = 'Trainee';

interface Props {
  loadStore: () => Promise<StorePort>;
  children: ReactNode;
}

/** Opens storage lazily and keeps settings and the active profile in React state. */
export function AppDataProvider({ loadStore, children }: Props) {
  const [store, setStore] = useState<StorePort | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [notices, setNotices] = useState<StoreNotice[]>([]);
  const [error, setError] = useState<string | null>(null);
  // Every write of settings (a slider, a profile switch, the loader's) takes the next number, and only
  // the latest one's stored settings are shown: an older confirmation must not drag back a newer change.
  const latestUpdate = useRef(0);
  // Changes made before storage has opened (a fast tap on a slow machine) are kept here and
  // written once it opens, rather than shown and then lost on the next reload.
  const earlyPatch = useRef<Partial<Settings>>({});
  // The store as soon as it is open, for updateSettings: React state reaches its closure only after
  // a render, and a change in between would otherwise go to earlyPatch after it was written.
  const openStore = useRef<StorePort | null>(null);

  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => {};
    (async () => {
      const opened = await loadStore();
      if (cancelled) return;
      // A notice already showing is not shown twice: a full disk fails every save, and one message says it.
      const stopNotices = opened.onNotice((notice) =>
        setNotices((list) =>
          list.some((shown) => shown.kind === notice.kind && shown.message === notice.message) ? list : [...list, notice],
        ),
      );
      // Profiles added by an import (or in another tab) appear in Settings without a reload.
      const stopChanges = opened.onChange(({ tables }) => {
        if (!tables.includes('profiles')) return;
        void opened.profiles.list().then((fresh) => {
          if (!cancelled && fresh.length > 0) setProfiles(fresh);
        });
      });
      unsubscribe = () => {
        stopNotices();
        stopChanges();
      };
      let loaded = await opened.settings.get();
      let list = await opened.profiles.list();
      if (list.length === 0) list = [await opened.profiles.create(FIRST_PROFILE_NAME)];
      if (!list.some((profile) => profile.id === loaded.activeProfileId) && list[0]) {
        loaded = await opened.settings.update({ activeProfileId: list[0].id });
      }
      if (cancelled) return;
      // From here updateSettings writes straight to storage; what came before is written now.
      openStore.current = opened;
      const early = earlyPatch.current;
      earlyPatch.current = {};
      const update = ++latestUpdate.current;
      if (Object.keys(early).length > 0) loaded = await opened.settings.update(early);
      if (cancelled) return;
      setProfiles(list);
      // A change made while the early ones were written brings its own, newer, stored settings.
      if (update === latestUpdate.current) setSettings(loaded);
      setStore(opened);
    })().catch((cause: unknown) => {
      if (!cancelled) setError(cause instanceof Error ? cause.message : String(cause));
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [loadStore]);

  const writeSettings = useCallback(async (target: StorePort, patch: Partial<Settings>) => {
    const update = ++latestUpdate.current;
    const saved = await target.settings.update(patch);
    if (update === latestUpdate.current) setSettings(saved);
  }, []);

  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      // Optimistic, so sliders and toggles feel instant; storage confirms.
      setSettings((current) => ({ ...current, ...patch }));
      const target = openStore.current;
      if (!target) {
        earlyPatch.current = { ...earlyPatch.current, ...patch };
        return;
      }
      await writeSettings(target, patch);
    },
    [writeSettings],
  );

  const createProfile = useCallback(
    async (displayName: string, programId: string | null = null) => {
      if (!store) return null;
      const profile = await store.profiles.create(displayName, programId);
      setProfiles(await store.profiles.list());
      await writeSettings(store, { activeProfileId: profile.id });
      return profile;
    },
    [store, writeSettings],
  );

  const updateProfile = useCallback(
    async (id: string, fields: { displayName: string; programId: string | null }) => {
      if (!store) return null;
      const profile = await store.profiles.update(id, fields);
      setProfiles(await store.profiles.list());
      return profile;
    },
    [store],
  );

  const switchProfile = useCallback(
    async (profileId: string) => {
      if (store) await writeSettings(store, { activeProfileId: profileId });
    },
    [store, writeSettings],
  );

  const dismissNotice = useCallback((index: number) => {
    setNotices((list) => list.filter((_, i) => i !== index));
  }, []);

  const value = useMemo<AppData>(
    () => ({
      store,
      settings,
      profile: profiles.find((p) => p.id === settings.activeProfileId) ?? null,
      profiles,
      notices,
      error,
      updateSettings,
      createProfile,
      updateProfile,
      switchProfile,
      dismissNotice,
    }),
    [store, settings, profiles, notices, error, updateSettings, createProfile, updateProfile, switchProfile, dismissNotice],
  );

  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}
