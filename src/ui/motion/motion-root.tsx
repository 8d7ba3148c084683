import { useEffect, type ReactNode } from 'react';
import { useAppData } from '../data/app-data-context';

/**
 * Applies the motion setting to the page: shell.css makes CSS transitions
 * instant under `data-motion="reduce"`, or under the device's reduced-motion
 * preference unless the trainee chose to allow motion; enter-line.ts reads the same attribute.
 */
export function MotionRoot({ children }: { children: ReactNode }) {
  const { settings } = useAppData();

  useEffect(() => {
    document.documentElement.dataset.motion = settings.reducedMotion;
  }, [settings.reducedMotion]);

  return children;
}
