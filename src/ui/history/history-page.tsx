import './history.css';
import { useEffect, useState } from 'react';
import type { AttemptRecord } from '../../storage/storage.types';
import { hrefFor } from '../app/parse-route';
import { PageHeading } from '../common/page-heading';
import { useAppData } from '../data/app-data-context';
import { OUTCOME_LABELS } from '../scenarios/labels';

/** #/history: the active profile's attempts, newest first. */
export function HistoryPage() {
  const { store, profile } = useAppData();
  const [records, setRecords] = useState<AttemptRecord[] | null>(null);
  const profileId = profile?.id;

  useEffect(() => {
    if (!store || !profileId) return;
    let cancelled = false;
    store.attempts
      .listByProfile(profileId)
      .then(({ records: list }) => {
        if (!cancelled) setRecords([...list].sort((a, b) => b.finishedAt - a.finishedAt));
      })
      .catch(() => {
        if (!cancelled) setRecords([]);
      });
    return () => {
      cancelled = true;
    };
  }, [store, profileId]);

  return (
    <div className="history">
      <PageHeading>Your history</PageHeading>
      {profile && <p className="muted">Attempts by {profile.displayName} on this device.</p>}
      {records === null ? (
        <p className="loading">Loading…</p>
      ) : records.length === 0 ? (
        <section className="panel empty-state">
          <h2>No attempts yet</h2>
          <p>
            When you finish a conversation, its debrief is kept here so you can see how your choices shaped the
            alliance over time.
          </p>
          <a className="button button-primary" href="#/">
            Choose a scenario
          </a>
        </section>
      ) : (
        <ul className="history-list">
          {records.map((record) => (
            <li key={record.id} className="panel history-item">
              <h2>
                <a href={hrefFor({ name: 'debrief', attemptId: record.id })}>{record.scenarioTitle}</a>
              </h2>
              <p className="muted">
                {new Date(record.finishedAt).toLocaleString()} ·{' '}
                {record.status === 'abandoned'
                  ? 'Ended early'
                  : record.outcome
                    ? OUTCOME_LABELS[record.outcome]
                    : 'Completed'}
                {record.score && ` · Score ${Math.round(record.score.overall)} / 100`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
