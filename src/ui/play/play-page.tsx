import { useEffect, useMemo, useRef, useState } from 'react';
import { hrefFor, type PlayFrom } from '../app/parse-route';
import { useFirstScreenShown } from '../common/after-first-screen';
import { PageHeading } from '../common/page-heading';
import { useAppData } from '../data/app-data-context';
import { useLoaded } from '../data/use-loaded';
import { rememberPractised } from '../library/practice-hint';
import { useScenarioSource } from '../scenarios/scenario-source';
import { openPlay, type DamagedSave, type OpenedPlay } from './open-play';
import { PlayScreen } from './play-screen';

type Opened = OpenedPlay | DamagedSave;

/** The attempt is open until the page lets it go (a new open, the page closing). */
const dispose = (opened: Opened | null) => {
  if (opened && !('damaged' in opened)) opened.attempt.send({ type: 'DISPOSE' });
};

/** #/play/<scenarioId>: opens (or resumes) the attempt, then hands over to the play screen. */
export function PlayPage({ scenarioId, from }: { scenarioId: string; from?: PlayFrom }) {
  const { store, profile, settings, error } = useAppData();
  const { loadScenario, loadForPlay } = useScenarioSource();
  const profileId = profile?.id ?? null;
  // Read when the attempt opens, not tracked: a new setting applies to the next attempt.
  const settingsAtOpen = useRef(settings);
  useEffect(() => {
    settingsAtOpen.current = settings;
  }, [settings]);
  // Read once: after the retry opens, the address drops `?from=` so a reload resumes it instead.
  const retryFrom = useRef(from);
  // Set when the trainee chooses to start afresh over a save that could not be resumed.
  const [replaceDamaged, setReplaceDamaged] = useState(false);

  const load = useMemo(() => {
    if (!store || !profileId) return null;
    return async (signal: AbortSignal): Promise<Opened | null> => {
      const result = await openPlay({
        scenarioId,
        profileId,
        store,
        timeLimitFactor: settingsAtOpen.current.timeLimitFactor,
        freeText: { mode: settingsAtOpen.current.freeTextMode, keepWords: settingsAtOpen.current.keepTypedWords },
        loadScenario,
        loadForPlay,
        isCancelled: () => signal.aborted,
        from: retryFrom.current,
        replaceDamaged,
      });
      if (!result || 'damaged' in result || signal.aborted) return result;
      if (retryFrom.current) {
        history.replaceState(history.state, '', hrefFor({ name: 'play', scenarioId }));
        retryFrom.current = undefined;
      }
      // The attempt is saved from its start, so the library will list it as resumable.
      rememberPractised(true);
      return result;
    };
  }, [store, profileId, scenarioId, loadScenario, loadForPlay, replaceDamaged]);
  // null only when cancelled, and a cancelled open's answer is dropped: it never shows.
  const opened = useLoaded(load, { release: dispose });
  useFirstScreenShown(opened.status !== 'loading' || error !== null);

  if (error) return <PlayProblem message={`Saved data could not be opened (${error}).`} />;
  if (opened.status === 'failed') return <PlayProblem message={opened.error} />;
  if (opened.status === 'loading' || !opened.data) return <p className="loading">Loading the conversation…</p>;
  if ('damaged' in opened.data) {
    // Kept on screen until the fresh attempt opens: say it is loading, as it is.
    if (replaceDamaged) return <p className="loading">Loading the conversation…</p>;
    return <DamagedSavePanel message={opened.data.message} onStartAfresh={() => setReplaceDamaged(true)} />;
  }
  return <PlayScreen opened={opened.data} />;
}

function PlayProblem({ message }: { message: string }) {
  return (
    <section className="panel">
      <PageHeading>This scenario could not be opened</PageHeading>
      <p>{message}</p>
      <p>
        <a href="#/">Back to the library</a>
      </p>
    </section>
  );
}

/** A save that could not be resumed: kept as it is until the trainee chooses to start afresh. */
function DamagedSavePanel({ message, onStartAfresh }: { message: string; onStartAfresh: () => void }) {
  return (
    <section className="panel">
      <PageHeading>This attempt could not be resumed</PageHeading>
      <p>{message}</p>
      <p>The damaged save stays as it is until you start afresh, which replaces it with a new attempt.</p>
      <p>
        <button type="button" className="button button-primary" onClick={onStartAfresh}>
          Start afresh
        </button>{' '}
        <a href="#/">Back to the library</a>
      </p>
    </section>
  );
}
