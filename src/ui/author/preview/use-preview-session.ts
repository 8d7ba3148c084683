import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createSession, type CompiledScenario, type Session, type SessionView } from '../../../engine/trainee';
import type { PreviewSettings } from './preview-start';

/**
 * Without the clock, time limits are stretched far beyond any preview (600 s
 * × 1,000 stays under setTimeout's 24.8-day ceiling) and the author ends
 * them with TIME_UP instead.
 */
export const PAUSED_CLOCK_FACTOR = 1_000;

const noView = () => null;
const noSubscribe = () => () => {};

/** One running preview of the engine's own session, stopped when replaced or unmounted. */
export function usePreviewSession() {
  const [running, setRunning] = useState<{ session: Session; settings: PreviewSettings } | null>(null);

  const start = useCallback((compiled: CompiledScenario, settings: PreviewSettings) => {
    const session = createSession(compiled, {
      startNodeId: settings.startNodeId,
      startState: settings.state,
      timeLimitFactor: settings.realTime ? 1 : PAUSED_CLOCK_FACTOR,
    });
    setRunning({ session, settings });
  }, []);

  const stop = useCallback(() => setRunning(null), []);

  useEffect(() => {
    const session = running?.session;
    return () => session?.stop();
  }, [running]);

  const session = running?.session ?? null;
  const view: SessionView | null = useSyncExternalStore(session ? session.subscribe : noSubscribe, session ? session.getView : noView);
  return { session, settings: running?.settings ?? null, view, start, stop };
}
