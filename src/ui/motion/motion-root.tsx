import { useEffect, type ReactNode } from 'react';
import { MotionConfig } from 'motion/react';
import { useAppData } from '../data/app-data-context';

/**
 * MotionConfig and a root data attribute apply the reduced-motion setting to
 * motion and to CSS transitions alike. (The animation engine itself loads
 * with the play screen: see AnimationFeatures.)
 */
export function MotionRoot({ children }: { children: ReactNode }) {
  const { settings } = useAppData();
  const reducedMotion =
    settings.reducedMotion === 'reduce' ? 'always' : settings.reducedMotion === 'no-preference' ? 'never' : 'user';

  useEffect(() => {
    document.documentElement.dataset.motion = settings.reducedMotion;
  }, [settings.reducedMotion]);

  return <MotionConfig reducedMotion={reducedMotion}>{children}</MotionConfig>;
}
