import { createContext, useContext } from 'react';
import type { Profile, Settings } from '../../storage/storage.types';
import type { StoreNotice, StorePort } from './store-port';

export interface AppData {
  /** Null until storage has loaded. */
  store: StorePort | null;
  settings: Settings;
  profile: Profile | null;
  profiles: Profile[];
  notices: StoreNotice[];
  /** Storage could not be opened at all (not even in memory). */
  error: string | null;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  createProfile: (displayName: string, programId?: string | null) => Promise<Profile | null>;
  /** Renames a profile or changes its program ID; its history stays with it. */
  updateProfile: (id: string, fields: { displayName: string; programId: string | null }) => Promise<Profile | null>;
  switchProfile: (profileId: string) => Promise<void>;
  dismissNotice: (index: number) => void;
}

export const AppDataContext = createContext<AppData | null>(null);

/** Settings, profile and the store, for any screen. */
export function useAppData(): AppData {
  const value = useContext(AppDataContext);
  if (!value) throw new Error('useAppData() must be used inside <AppDataProvider>.');
  return value;
}
