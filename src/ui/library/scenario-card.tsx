import { lazy, Suspense } from 'react';
import { settingText } from '../../engine/trainee';
import { PatientAvatar } from '../play/avatar/patient-avatar';
import { hrefFor } from '../app/parse-route';
import { DIFFICULTY_LABELS, FACTOR_LABELS } from '../scenarios/labels';
import type { CatalogEntry } from '../scenarios/scenario-source';
import type { PackScenarioRecord } from '../../storage/storage.types';

// "Make this scenario available offline": its own chunk, and only where the browser can store files (Cache Storage).
const VoiceOffline = lazy(() => import('../offline/voice-offline').catch(() => ({ default: () => null })));
const canStoreFiles = typeof caches !== 'undefined';
// Only scenarios added from packs carry it: kept out of the first load.
const PackMark = lazy(() => import('../packs/pack-mark').then((m) => ({ default: m.PackMark })));

interface Props {
  entry: CatalogEntry;
  /** Best completed score; undefined when there is none, null while records are still loading. */
  best: number | undefined | null;
  resumable: boolean;
  /** Set when the scenario was added from a scenario pack rather than built in. */
  added?: PackScenarioRecord;
}

/** One scenario in the library: who the patient is, what it trains, how you did. */
export function ScenarioCard({ entry, best, resumable, added }: Props) {
  const { persona } = entry;
  const titleId = `scenario-${entry.id}-title`;
  const setting = settingText(entry.setting);
  return (
    <article className="scenario-card panel" aria-labelledby={titleId}>
      <div className="scenario-card-head">
        <PatientAvatar name={persona.name} hints={persona.avatar} expression="calm" size={72} />
        <div>
          <h2 id={titleId}>{entry.title}</h2>
          <p className="scenario-card-persona">
            {persona.name}, {persona.age} · {persona.condition}
          </p>
          {setting && <p className="scenario-card-setting muted">{setting}</p>}
        </div>
      </div>
      <p>{entry.summary}</p>
      <dl className="scenario-card-meta">
        <div>
          <dt>Difficulty</dt>
          <dd>{DIFFICULTY_LABELS[entry.difficulty]}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>About {entry.estimatedMinutes} min</dd>
        </div>
        {/* Sized for its longest text, so the score filling in later moves nothing. */}
        <div className="scenario-card-best">
          <dt>Best score</dt>
          <dd>{best === null ? <BestPending /> : best === undefined ? 'Not completed yet' : `${Math.round(best)} / 100`}</dd>
        </div>
      </dl>
      <ul className="chip-list" aria-label="Trains">
        {entry.factors.map((factor) => (
          <li key={factor} className="chip">
            {FACTOR_LABELS[factor]}
          </li>
        ))}
      </ul>
      <p className="scenario-card-actions">
        <a className="button button-primary" href={hrefFor({ name: 'play', scenarioId: entry.id })}>
          {resumable ? 'Resume' : typeof best === 'number' ? 'Play again' : 'Start'}
          <span className="visually-hidden">: {entry.title}</span>
        </a>
        {resumable && <span className="muted">Saved where you left off</span>}
        {canStoreFiles && (
          <Suspense fallback={null}>
            <VoiceOffline scenarioId={entry.id} title={entry.title} />
          </Suspense>
        )}
      </p>
      {added && (
        <Suspense fallback={null}>
          <PackMark record={added} />
        </Suspense>
      )}
    </article>
  );
}

function BestPending() {
  return (
    <>
      <span aria-hidden="true">…</span>
      <span className="visually-hidden">Loading</span>
    </>
  );
}
