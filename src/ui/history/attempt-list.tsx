import type { AttemptRecord } from '../../storage/storage.types';
import { hrefFor } from '../app/parse-route';
import { formatDateTime } from '../common/format-date-time';
import { resultLabel } from './attempt-labels';

/** Every attempt, newest first, each linking to its debrief. */
export function AttemptList({ records }: { records: readonly AttemptRecord[] }) {
  return (
    <section aria-labelledby="attempts-title">
      <h2 id="attempts-title">Your attempts</h2>
      <ul className="history-list">
        {records.map((record) => (
          <li key={record.id} className="panel history-item">
            <h3>
              <a href={hrefFor({ name: 'debrief', attemptId: record.id, scenarioId: record.scenarioId })}>{record.scenarioTitle}</a>
            </h3>
            <p className="muted">
              {formatDateTime(record.finishedAt)} · {resultLabel(record)}
              {record.score && ` · Score ${Math.round(record.score.overall)} / 100`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
