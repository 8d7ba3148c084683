import type { ReactNode } from 'react';
import { LazyMotion } from 'motion/react';

const loadFeatures = () => import('./motion-features').then((module) => module.default);

/**
 * Motion's animation engine, for the screen that animates: the play screen
 * (the patient's expression, the meters, new lines). LazyMotion downloads it
 * when this mounts, so the library, whose avatars stand still (they start at
 * their `animate` values), and the debrief never fetch it. `strict` makes any
 * full `motion.` component, which would bundle the engine, an error.
 */
export function AnimationFeatures({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      {children}
    </LazyMotion>
  );
}
