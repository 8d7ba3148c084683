import { useDeferredValue, useId, useState } from 'react';
import { cohortTableToCsv, type CohortCell, type CohortSummary } from '../../export/records';
import { datedFileName, downloadFile } from '../common/download-file';

const score = (value: number | null) => (value === null ? '–' : String(Math.round(value)));

function Cells({ cell }: { cell: CohortCell | null }) {
  if (!cell) {
    return (
      <td colSpan={3} className="dashboard-empty-cell">
        <span className="visually-hidden">Not attempted</span>
        <span aria-hidden="true">·</span>
      </td>
    );
  }
  return (
    <>
      <td>{score(cell.best)}</td>
      <td>{score(cell.latest)}</td>
      <td>
        {cell.attempts}
        {cell.flagged > 0 && (
          <span className="dashboard-flag">
            <span aria-hidden="true"> ⚑</span>
            <span className="visually-hidden"> ({cell.flagged} flagged: see Score checks)</span>
          </span>
        )}
      </td>
    </>
  );
}

/**
 * Trainee × scenario: best and latest overall score and the number of
 * attempts, exportable as CSV; each row names the files (or LRS, or device)
 * its attempts came from.
 */
export function TraineeTable({ summary }: { summary: CohortSummary }) {
  const headingId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const query = useDeferredValue(filter.trim().toLowerCase());
  const rows = summary.trainees
    .map((trainee, index) => ({ trainee, cells: summary.cells[index] ?? [] }))
    .filter(({ trainee }) => !query || trainee.label.toLowerCase().includes(query));

  return (
    <section className="panel dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Trainees by scenario</h2>
      <div className="dashboard-toolbar">
        <label htmlFor={filterId}>Find a trainee</label>
        <input id={filterId} type="text" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <button
          type="button"
          className="button"
          onClick={() => downloadFile(datedFileName('common-ground-cohort', 'csv'), cohortTableToCsv(summary), 'text/csv;charset=utf-8')}
        >
          Download table (CSV)
        </button>
      </div>
      <p className="muted">
        Showing {rows.length} of {summary.trainees.length} trainees. Scores are overall scores out of 100.
      </p>
      {/* Focusable so keyboard users can scroll a wide table sideways (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="dashboard-table-scroll" role="region" aria-label="Trainee table" tabIndex={0}>
        <table className="dashboard-table">
          <caption className="visually-hidden">
            Best and latest overall score and attempts, per trainee and scenario, and where each trainee’s attempts came from
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Trainee
              </th>
              {summary.scenarios.map((scenario) => (
                <th scope="colgroup" colSpan={3} key={scenario.id}>
                  {scenario.title}
                </th>
              ))}
              <th scope="col" rowSpan={2}>
                From
              </th>
            </tr>
            <tr>
              {summary.scenarios.map((scenario) => (
                <ScenarioSubheads key={scenario.id} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ trainee, cells }) => (
              <tr key={trainee.key}>
                <th scope="row">
                  {trainee.name}
                  {trainee.detail && <span className="muted dashboard-program-id"> ({trainee.detail})</span>}
                </th>
                {summary.scenarios.map((scenario, s) => (
                  <Cells key={scenario.id} cell={cells[s] ?? null} />
                ))}
                <td className="dashboard-sources">{trainee.sources.join(', ') || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ScenarioSubheads() {
  return (
    <>
      <th scope="col">Best</th>
      <th scope="col">Latest</th>
      <th scope="col">Attempts</th>
    </>
  );
}
