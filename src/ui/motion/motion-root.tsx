import { useEffect, type ReactNode } from 'react';
import { LazyMotion, MotionConfig } from 'motion/react';
import { useAppData } from '../data/app-data-context';

const loadFeatures = () => import('./motion-features').then((module) => module.default);

/**
 * LazyMotion keeps motion's animation engine out of the first-load bundle;
 * MotionConfig and a root data attribute apply the reduced-motion setting to
 * motion and to CSS transitions alike.
 */
export function MotionRoot({ children }: { children: ReactNode }) {
  const { settings } = useAppData();
  const reducedMotion =
    settings.reducedMotion === 'reduce' ? 'always' : settings.reducedMotion === 'no-preference' ? 'never' : 'user';

  useEffect(() => {
    document.documentElement.dataset.motion = settings.reducedMotion;
  }, [settings.reducedMotion]);

  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion={reducedMotion}>{children}</MotionConfig>
    </LazyMotion>
  );
}
