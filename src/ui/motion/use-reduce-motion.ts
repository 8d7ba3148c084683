import { useReducedMotion } from 'motion/react';
import { useAppData } from '../data/app-data-context';

/** True when motion should be instant: the settings override wins, else the OS preference. */
export function useReduceMotion(): boolean {
  const system = useReducedMotion();
  const { settings } = useAppData();
  if (settings.reducedMotion === 'reduce') return true;
  if (settings.reducedMotion === 'no-preference') return false;
  return system === true;
}

/** The house transition: short, eased, no bounce; instant under reduced motion. */
export function useMotionTransition(durationMs = 200) {
  const reduce = useReduceMotion();
  return reduce ? { duration: 0 } : { duration: durationMs / 1000, ease: 'easeOut' as const };
}
