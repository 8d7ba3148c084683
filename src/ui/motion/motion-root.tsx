import { useEffect, type ReactNode } from 'react';
import { useAppData } from '../data/app-data-context';

/**
 * Applies the motion setting to the page: every animation is CSS, and
 * shell.css makes it instant under `data-motion="reduce"`, or under the
 * device's reduced-motion preference unless the trainee chose to allow motion.
 */
export function MotionRoot({ children }: { children: ReactNode }) {
  const { settings } = useAppData();

  useEffect(() => {
    document.documentElement.dataset.motion = settings.reducedMotion;
  }, [settings.reducedMotion]);

  return children;
}
