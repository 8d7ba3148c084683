import { useEffect, useRef, useState } from 'react';
import { hrefFor, type PlayFrom } from '../app/parse-route';
import { PageHeading } from '../common/page-heading';
import { useAppData } from '../data/app-data-context';
import { rememberPractised } from '../library/practice-hint';
import { useScenarioSource } from '../scenarios/scenario-source';
import { openPlay, type OpenedPlay } from './open-play';
import { PlayScreen } from './play-screen';

type Status =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'damaged'; message: string }
  | { kind: 'ready'; opened: OpenedPlay };

/** #/play/<scenarioId>: opens (or resumes) the attempt, then hands over to the play screen. */
export function PlayPage({ scenarioId, from }: { scenarioId: string; from?: PlayFrom }) {
  const { store, profile, settings, error } = useAppData();
  const { loadScenario } = useScenarioSource();
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
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

  useEffect(() => {
    if (!store || !profileId) return;
    let cancelled = false;
    let opened: OpenedPlay | null = null;
    openPlay({
      scenarioId,
      profileId,
      store,
      timeLimitFactor: settingsAtOpen.current.timeLimitFactor,
      freeText: { mode: settingsAtOpen.current.freeTextMode, keepWords: settingsAtOpen.current.keepTypedWords },
      loadScenario,
      isCancelled: () => cancelled,
      from: retryFrom.current,
      replaceDamaged,
    })
      .then((result) => {
        if (!result) return;
        if ('damaged' in result) {
          if (!cancelled) setStatus({ kind: 'damaged', message: result.message });
          return;
        }
        if (cancelled) {
          result.attempt.send({ type: 'DISPOSE' });
          return;
        }
        if (retryFrom.current) {
          history.replaceState(history.state, '', hrefFor({ name: 'play', scenarioId }));
          retryFrom.current = undefined;
        }
        opened = result;
        // The attempt is saved from its start, so the library will list it as resumable.
        rememberPractised(true);
        setStatus({ kind: 'ready', opened: result });
      })
      .catch((cause: unknown) => {
        if (!cancelled) setStatus({ kind: 'error', message: cause instanceof Error ? cause.message : String(cause) });
      });
    return () => {
      cancelled = true;
      opened?.attempt.send({ type: 'DISPOSE' });
    };
  }, [store, profileId, scenarioId, loadScenario, replaceDamaged]);

  if (error) return <PlayProblem message={`Saved data could not be opened (${error}).`} />;
  if (status.kind === 'error') return <PlayProblem message={status.message} />;
  if (status.kind === 'damaged') {
    return (
      <DamagedSavePanel
        message={status.message}
        onStartAfresh={() => {
          setStatus({ kind: 'loading' });
          setReplaceDamaged(true);
        }}
      />
    );
  }
  if (status.kind === 'loading') return <p className="loading">Loading the conversation…</p>;
  return <PlayScreen opened={status.opened} />;
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
