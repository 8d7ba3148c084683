import { startTransition, useEffect, useState } from 'react';

/**
 * Counts from 0 up to `last`, one step per commit, each step a transition.
 * A long page shows its top at once and adds the parts below the fold in
 * later, separate renders: the first paint comes sooner and no single
 * render-and-layout is long enough to freeze a slow phone.
 */
export function useStagedReveal(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage < last) startTransition(() => setStage(stage + 1));
  }, [stage, last]);
  return stage;
}
