import './library.css';
import { useMemo, useState } from 'react';
// Straight from the types module: the engine's index would pull the runtime (xstate) into the first-load bundle.
import { REVIEW_FACTORS } from '../../engine/trainee';
import { hrefFor } from '../app/parse-route';
import { useFirstScreenShown } from '../common/after-first-screen';
import { PageHeading } from '../common/page-heading';
import { usePackLibrary } from '../packs/pack-library';
import { useScenarioSource } from '../scenarios/scenario-source';
import { filterScenarios, NO_FILTER, suggestedStart, type LibraryFilter } from './filter-scenarios';
import { LibraryFilters } from './library-filters';
import { likelyPractised } from './practice-hint';
import { ScenarioCard } from './scenario-card';
import { useLibraryRecords } from './use-library-records';

/** The scenario library: the trainee's home. */
export function LibraryPage() {
  const { catalog } = useScenarioSource();
  const records = useLibraryRecords(catalog);
  const { current: added } = usePackLibrary();
  const addedById = useMemo(() => new Map(added?.map((record) => [record.scenarioId, record])), [added]);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const shown = useMemo(() => filterScenarios(catalog, filter), [catalog, filter]);
  const factors = useMemo(() => REVIEW_FACTORS.filter((factor) => catalog.some((entry) => entry.factors.includes(factor))), [catalog]);
  const start = suggestedStart(catalog);
  // Until storage has loaded (it is fetched after the first paint), a hint from
  // the last visit decides, so the welcome panel never pushes the list down later.
  const [practisedBefore] = useState(likelyPractised);
  const isNew = records.loaded ? records.attemptCount === 0 && records.inProgress.size === 0 : !practisedBefore;
  // A first-time trainee has no scores to wait for; anyone else sees a placeholder until records load.
  const scoresKnown = records.known || !practisedBefore;
  // Drawn from the catalog alone: shown from the first render.
  useFirstScreenShown();

  return (
    <div className="library">
      <PageHeading title="Scenario library">Practise the conversation before it happens</PageHeading>
      <p className="lead">
        Each scenario is a conversation with a patient who is angry, distrustful or feels unfairly treated. Choose what to say; the patient
        responds to how you say it.
      </p>

      <p>
        <a href={hrefFor({ name: 'add' })}>Add scenarios from a pack</a>
      </p>
      {catalog.length === 0 ? (
        <section className="panel empty-state">
          <h2>No scenarios yet</h2>
          <p>
            Scenarios are written by instructors as YAML files in the <code>scenarios/</code> folder and built into the app. Ask your
            instructor for a build that includes them, or open the Author page to write one.
          </p>
        </section>
      ) : (
        <>
          {isNew && start && (
            <section className="panel welcome" aria-labelledby="welcome-title">
              <h2 id="welcome-title">New here? Start with “{start.title}”</h2>
              <p>
                It takes about {start.estimatedMinutes} minutes. Read what {start.persona.name} says, then pick one of the numbered
                responses — click it or press its number. Afterwards, a debrief shows which choices built the therapeutic alliance and which
                strained it.
              </p>
              <a className="button button-primary" href={hrefFor({ name: 'play', scenarioId: start.id })}>
                Start “{start.title}”
              </a>
            </section>
          )}
          <LibraryFilters factors={factors} filter={filter} onChange={setFilter} />
          <p className="muted" role="status">
            Showing {shown.length} of {catalog.length} scenarios
          </p>
          {shown.length === 0 ? (
            <section className="panel empty-state">
              <h2>No scenarios match these filters</h2>
              <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
                Show all scenarios
              </button>
            </section>
          ) : (
            <ul className="scenario-list">
              {shown.map((entry) => (
                <li key={entry.id}>
                  <ScenarioCard
                    entry={entry}
                    best={scoresKnown ? records.best.get(entry.id) : null}
                    resumable={records.inProgress.has(entry.id)}
                    added={addedById.get(entry.id)}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
