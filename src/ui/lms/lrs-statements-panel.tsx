import './lms.css';
import { useContext, useId, useState, type FormEvent } from 'react';
import type { CohortAttempt } from '../../export/records/cohort.types';
import type { LrsConfig } from '../../export/xapi/lrs-access';
import { AppDataContext } from '../data/app-data-context';
import { useScenarioSource } from '../scenarios/scenario-source';

/** A day (yyyy-mm-dd from a date input) → ISO time at its start, or at the start of the next day. */
function dayBound(day: string, end: boolean): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00`);
  if (end) date.setDate(date.getDate() + 1);
  return date.toISOString();
}

const ALL = '';

/** `https://lrs.example.edu/xAPI/` → `lrs.example.edu`; Settings checked the address when it was saved. */
function endpointHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

async function loadCohort(config: LrsConfig, scenarioId: string, from: string, to: string) {
  const [{ createLrsReader }, { fetchCohortStatements }, { statementsToCohort }, iris] = await Promise.all([
    import('../../export/xapi/lrs-reader'),
    import('../../export/xapi/query-statements'),
    import('../../export/xapi/cohort-attempts'),
    import('../../export/xapi/xapi-iris'),
  ]);
  const statements = await fetchCohortStatements(createLrsReader(config), {
    // Every Common Ground statement carries the profile activity in its context, so it selects them all.
    activityId: scenarioId === ALL ? iris.PROFILE_ACTIVITY_ID : iris.scenarioActivityId(scenarioId),
    since: dayBound(from, false),
    until: dayBound(to, true),
  });
  return { count: statements.length, ...statementsToCohort(statements) };
}

interface Props {
  /** The dashboard's way in: attempts join the table, charts and item analysis. */
  addAttempts: (sourceName: string, attempts: CohortAttempt[]) => Promise<void>;
  busy: boolean;
}

/**
 * Dashboard panel: a cohort's attempts read back from the program's Learning
 * Record Store (everyone who sent statements there, not only this device's
 * profiles), filtered by scenario and date.
 */
export function LrsStatementsPanel({ addAttempts, busy }: Props) {
  // The dashboard can render outside the app's data provider (its own tests do).
  const saved = useContext(AppDataContext)?.settings.lrs ?? null;
  // Only a credential saved as the dashboard's read credential is used to read.
  const lrs = saved?.kind === 'dashboard-read' ? saved : null;
  const { catalog } = useScenarioSource();
  const [scenarioId, setScenarioId] = useState(ALL);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [loading, setLoading] = useState(false);
  const id = useId();

  const load = async (event: FormEvent) => {
    event.preventDefault();
    if (!lrs) return;
    setLoading(true);
    setMessage('Loading statements from the Learning Record Store…');
    try {
      const result = await loadCohort(lrs, scenarioId, from, to);
      // The dashboard names each row's source; the host says which LRS, whatever was filtered.
      await addAttempts(`LRS: ${endpointHost(lrs.endpoint)}`, result.attempts);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const waiting = result.unfinished ? ` ${plural(result.unfinished, 'unfinished attempt')} not counted yet.` : '';
      setMessage(`Loaded ${plural(result.count, 'statement')}: ${plural(result.attempts.length, 'finished attempt')} added.${waiting}`);
    } catch (error) {
      const { describeLrsError } = await import('../../export/xapi/lrs-error');
      setMessage(describeLrsError(error));
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="panel dashboard-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>From a Learning Record Store</h2>
      {!lrs ? (
        <p className="muted">
          Load your cohort’s attempts straight from your program’s Learning Record Store: save a read credential for the dashboard in{' '}
          <a href="#/settings">Settings</a> first.
          {saved ? ' This device holds a learner’s write-only credential, which cannot read the cohort.' : ''}
        </p>
      ) : (
        <form className="lrs-panel-form" onSubmit={(e) => void load(e)}>
          <div className="field">
            <label htmlFor={`${id}-scenario`}>Scenario</label>
            <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
              <option value={ALL}>All scenarios</option>
              {catalog.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary" disabled={busy || loading}>
            Load statements
          </button>
        </form>
      )}
      <p role="status" className="field-status">
        {message}
      </p>
    </section>
  );
}
