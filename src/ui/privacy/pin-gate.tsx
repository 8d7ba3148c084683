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
  const { store, profile } = useAppData();
  // [the active profile when last seen, whether it is open]
  const [gate, setGate] = useState<[string | undefined, boolean]>([undefined, false]);
  let [seenId, open] = gate;
  if (profile?.id !== seenId) {
    // Adjusting state while rendering (React's "reset on prop change"): no flash of the locked page.
    [seenId, open] = [profile?.id, !profile?.pin];
    setGate([seenId, open]);
  }
  if (open || !store || !profile?.pin) return children;
  return <LockScreen key={profile.id} onUnlock={() => setGate([profile.id, true])} />;
}
