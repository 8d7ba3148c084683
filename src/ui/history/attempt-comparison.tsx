import { useId, useState, type ChangeEvent } from 'react';
import type { AttemptRecord } from '../../storage/storage.types';
import { hrefFor } from '../app/parse-route';
import { LineChart } from '../charts/line-chart';
import { formatDecision, formatDecisionRow } from '../debrief/trajectory';
import { attemptSummary } from './attempt-labels';
import { comparableScenarios, comparisonSeries } from './comparison-model';

/** Two attempts at the same scenario, their anger and trust overlaid, chosen by the trainee. */
export function AttemptComparison({ records }: { records: readonly AttemptRecord[] }) {
  const ids = { scenario: useId(), a: useId(), b: useId() };
  const scenarios = comparableScenarios(records);
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const group = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];
  const [picked, setPicked] = useState<{ a?: string; b?: string }>({});
  if (!group) {
    return (
      <section className="panel" aria-labelledby="compare-title">
        <h2 id="compare-title">Compare two attempts</h2>
        <p>Play a scenario a second time (or try again from a decision in a debrief) to compare how the patient felt each time.</p>
      </section>
    );
  }
  // Defaults: the older of the two most recent as A, the newest as B.
  const byId = new Map(group.attempts.map((r) => [r.id, r]));
  const a = byId.get(picked.a ?? '') ?? group.attempts[1]!;
  const b = byId.get(picked.b ?? '') ?? group.attempts[0]!;
  const choose = (key: 'a' | 'b') => (event: ChangeEvent<HTMLSelectElement>) => setPicked((p) => ({ ...p, [key]: event.target.value }));

  return (
    <section className="panel" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare two attempts</h2>
      <div className="compare-pickers">
        {scenarios.length > 1 && (
          <p>
            <label htmlFor={ids.scenario}>Scenario</label>
            <select
              id={ids.scenario}
              value={group.id}
              onChange={(e) => {
                setScenarioId(e.target.value);
                setPicked({});
              }}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </p>
        )}
        {(['a', 'b'] as const).map((key) => (
          <p key={key}>
            <label htmlFor={ids[key]}>Attempt {key.toUpperCase()}</label>
            <select id={ids[key]} value={(key === 'a' ? a : b).id} onChange={choose(key)}>
              {group.attempts.map((r) => (
                <option key={r.id} value={r.id}>
                  {attemptSummary(r)}
                </option>
              ))}
            </select>
          </p>
        ))}
      </div>
      <LineChart
        title={`${group.title}: anger and trust, attempt A and attempt B`}
        description={`Attempt A (${attemptSummary(a)}) has dashed lines; attempt B (${attemptSummary(b)}) has solid lines. Anger is orange with a flame, trust blue with a handshake.`}
        series={comparisonSeries(a, b)}
        xLabel="Decision"
        yLabel="Level (0–100)"
        formatX={formatDecision}
        formatRow={formatDecisionRow}
        rowHeader="Moment"
      />
      <p className="compare-links">
        <a href={hrefFor({ name: 'debrief', attemptId: a.id, scenarioId: a.scenarioId })}>Debrief of attempt A</a>
        <a href={hrefFor({ name: 'debrief', attemptId: b.id, scenarioId: b.scenarioId })}>Debrief of attempt B</a>
      </p>
    </section>
  );
}
