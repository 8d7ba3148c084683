import { memo } from 'react';
import {
  DIMENSION_LABELS,
  DIMENSIONS,
  playRoute,
  RUBRIC,
  type CompiledScenario,
  type ScenarioAnalysis,
  type ScenarioStats,
} from '../../../engine/authoring';
import { ValiditySection } from './validity-section';

const INFLUENCES = ['anger', 'hostility', 'perceived-injustice'] as const;
const INFLUENCE_LABELS: Record<(typeof INFLUENCES)[number], string> = {
  anger: 'Anger',
  hostility: 'Hostility',
  'perceived-injustice': 'Perceived injustice',
};

interface Props {
  /** The analysed built form: `analysis` attached. */
  compiled: CompiledScenario | null;
  stats: ScenarioStats | null;
  /** Why there is no analysis yet, in words. */
  waitingFor: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
/** A route as the nodes it passes and the response taken at each: "opening-1 b → opening-2 a → shared-plan". */
function routeText(compiled: CompiledScenario, moves: readonly string[]): string {
  if (moves.length === 0) return '(none)';
  const played = playRoute(compiled, moves);
  const steps = played.transcript.map((t) => `${t.nodeId} ${t.choiceId ?? '(time ran out)'}`);
  return [...steps, played.endingId ?? '…'].join(' → ');
}

/**
 * What the scenario makes achievable, from the engine's route analysis: best
 * and worst scores and where they end, how many routes there are, and what
 * the scenario covers of the rubric, the alliance dimensions and the
 * review's negative influences; then how far the score can be earned without
 * reading the patient (score validity).
 */
export const AnalysisPanel = memo(function AnalysisPanel({ compiled, stats, waitingFor }: Props) {
  const analysis: ScenarioAnalysis | undefined = compiled?.analysis;
  if (!compiled || !analysis) return <p className="author-analysis-waiting">{waitingFor}</p>;
  const used = new Set(analysis.coverage.codes);
  const unused = RUBRIC.codes.filter((c) => !used.has(c.id));
  const estimate = analysis.exact ? '' : ' (estimate: the scenario is too large or loops, so the search was cut short)';
  return (
    <div className="author-analysis">
      <dl className="author-analysis-figures">
        <div>
          <dt>Best achievable score</dt>
          <dd>
            {analysis.bestScore} out of 100, ending {analysis.bestOutcome ?? 'nowhere'}
            {estimate}
          </dd>
        </div>
        <div>
          <dt>Worst achievable score</dt>
          <dd>
            {analysis.worstScore} out of 100, ending {analysis.worstOutcome ?? 'nowhere'}
            {estimate}
          </dd>
        </div>
        <div>
          <dt>Routes from start to an ending</dt>
          <dd>
            {analysis.routes.count.toLocaleString('en')}
            {analysis.routes.exact ? '' : ' (at most)'}
          </dd>
        </div>
        {stats && (
          <div>
            <dt>Size</dt>
            <dd>
              {stats.nodes} nodes ({stats.decisionPoints} with a real choice), {stats.endings} endings, {stats.choices} responses,{' '}
              {stats.timedNodes} timed
            </dd>
          </div>
        )}
      </dl>
      <h4>Best route</h4>
      <p className="author-analysis-route">{routeText(compiled, analysis.bestRoute)}</p>
      <h4>Worst route</h4>
      <p className="author-analysis-route">{routeText(compiled, analysis.worstRoute)}</p>

      <h4>
        Behaviour codes used: {used.size} of {RUBRIC.codes.length}
      </h4>
      <ul className="chip-list" aria-label="Codes used">
        {RUBRIC.codes
          .filter((c) => used.has(c.id))
          .map((c) => (
            <li key={c.id} className="chip" title={c.name}>
              {c.id} <span className="visually-hidden">({c.name})</span>
            </li>
          ))}
      </ul>
      {unused.length > 0 && <p className="muted">Not used: {unused.map((c) => `${c.id} (${c.name})`).join(', ')}.</p>}

      <table className="author-analysis-table">
        <caption>
          Alliance dimensions scored: {analysis.coverage.dimensions.length} of {DIMENSIONS.length}
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Scored</th>
            <th scope="col">Raw range (worst to best)</th>
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((d) => (
            <tr key={d}>
              <th scope="row">{DIMENSION_LABELS[d]}</th>
              <td>{analysis.coverage.dimensions.includes(d) ? 'Yes' : 'No: no route changes it'}</td>
              <td>
                {round1(analysis.dimensionBounds[d].worst)} to {round1(analysis.dimensionBounds[d].best)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>
        Negative influences addressed: {analysis.coverage.influences.length} of {INFLUENCES.length}
      </h4>
      <ul>
        {INFLUENCES.map((i) => (
          <li key={i}>
            {INFLUENCE_LABELS[i]}: {analysis.coverage.influences.includes(i) ? 'yes' : 'no'}
          </li>
        ))}
      </ul>

      {stats?.validity && <ValiditySection compiled={compiled} analysis={analysis} validity={stats.validity} />}
    </div>
  );
});
