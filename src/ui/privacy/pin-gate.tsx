import { lazy, useState, type ReactNode } from 'react';
import { useAppData } from '../data/app-data-context';

// Most browsers never show it: it loads only for a profile with a PIN.
const LockScreen = lazy(() => import('./lock-screen').then((m) => ({ default: m.LockScreen })));

/**
 * Shows `children` unless the active profile has a PIN that has not been
 * entered since it became active. Switching profiles locks again; a profile
 * that had no PIN when it became active stays open when one is set.
 */
export function PinGate({ children }: { children: ReactNode }) {
  const { store, profile, profiles, switchProfile } = useAppData();
  const id = profile?.id ?? null;
  const [seenId, setSeenId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const openNow = id === seenId ? openId : profile && !profile.pin ? id : null;
  if (id !== seenId) {
    // Adjusting state while rendering (React's pattern for "reset on prop change"): no flash of the locked page.
    setSeenId(id);
    setOpenId(openNow);
  }
  if (!profile?.pin || !store || openNow === id) return children;
  return (
    <LockScreen
      key={profile.id}
      profile={profile}
      others={profiles.filter((other) => other.id !== profile.id)}
      checkPin={(pin) => store.profiles.checkPin(profile.id, pin)}
      onUnlock={() => setOpenId(profile.id)}
      onSwitch={(profileId) => void switchProfile(profileId)}
    />
  );
}
