import {
  STRATEGY_LABELS,
  validityFindings,
  type MitiIndicator,
  type PlayOutcome,
  type ScenarioAnalysis,
  type ScorableScenario,
  type StrategyResult,
  type ValidityCode,
  type ValidityStats,
} from '../../../engine/authoring';
import { BarChart } from '../../charts/bar-chart';

interface Props {
  compiled: ScorableScenario;
  analysis: ScenarioAnalysis;
  validity: ValidityStats;
}

const MITI_LABELS: Record<MitiIndicator['id'], string> = {
  reflectionToQuestion: 'Reflections per question (R:Q)',
  percentComplexReflections: 'Complex reflections (%CR)',
  adherent: 'MI-adherent responses (affirm, seek collaboration, support choice)',
  nonAdherent: 'MI non-adherent responses (argue, persuade)',
};

const BAND_LABELS: Record<MitiIndicator['band'], string> = {
  'below-fair': 'below fair',
  fair: 'fair',
  good: 'good',
  'not-applicable': 'not applicable',
};

/** What to do about each finding, in plain words. */
const ADVICE: Record<ValidityCode, string> = {
  SCN130:
    'A trainee could score well here by a rule that never reads the patient. Write options of similar length and form, make some best answers short statements, move the best answer around, and write the wrong options as the mistakes students really make.',
  SCN131:
    'The best response is usually the longest one, so length gives it away. Keep options within about a third of each other in length, and make some best answers short ("That sounds exhausting.").',
  SCN132:
    'The route that scores 100 is the model the debrief holds up, yet it falls short of fair MI practice. Let reflections carry it: swap a question on it for a reflection, or code a response that reflects and then asks with both codes.',
};

const percent = (value: number | null) => (value === null ? 'not applicable' : `${value}%`);

/** "alliance", or "escalated 40, disengaged 20, alliance 4" for random play. */
function endingsText(result: StrategyResult): string {
  const entries = Object.entries(result.outcomes) as [PlayOutcome, number][];
  if (result.plays === 1) return entries[0]?.[0] ?? 'nowhere';
  return entries
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, count]) => `${outcome} ${count}`)
    .join(', ');
}

function mitiValue(m: MitiIndicator): string {
  if (m.value === null) return '—';
  return m.id === 'percentComplexReflections' ? `${m.value}%` : String(m.value);
}

/**
 * How far the score can be earned without the skill it names: rules that
 * never read the patient, played beside the expert route; the cues the
 * options give away; the expert route's MITI indicators; and advice when a
 * score-validity lint fires. All text: nothing from the scenario is HTML.
 */
export function ValiditySection({ compiled, analysis, validity }: Props) {
  const findings = validityFindings(compiled, analysis, validity);
  const { options, expert } = validity;
  const items = [
    { id: 'expert', label: 'Expert (best) route', value: expert.score },
    ...validity.strategies.map((s) => ({ id: s.id, label: STRATEGY_LABELS[s.id], value: s.score })),
  ];
  const description = items.map((i) => `${i.label}: ${i.value}`).join('; ');
  return (
    <section className="author-validity" aria-labelledby="author-validity-heading">
      <h4 id="author-validity-heading">Score validity</h4>
      <p>
        Rules that never read the patient, played through the scenario with the real scoring. They should score like a weak trainee, well
        below the expert route.
      </p>
      <BarChart
        title="Scores without reading the patient"
        description={description}
        items={items}
        xLabel="Score (0–100)"
        rowHeader="Who plays"
      />
      <table className="author-analysis-table">
        <caption>Where each rule ends</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Score</th>
            <th scope="col">Ending</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Expert (best) route</th>
            <td>{expert.score}</td>
            <td>{expert.outcome ?? 'nowhere'}</td>
          </tr>
          {validity.strategies.map((s) => (
            <tr key={s.id}>
              <th scope="row">{STRATEGY_LABELS[s.id]}</th>
              <td>{s.score}</td>
              <td>{s.plays > 1 ? `${endingsText(s)} (of ${s.plays} plays)` : endingsText(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <dl className="author-analysis-figures" aria-label="What the options give away">
        <div>
          <dt>Best response is the longest option</dt>
          <dd>
            {options.bestIsLongest} of {options.decisions} decisions on the best route ({percent(options.bestIsLongestPercent)}; guessing
            would give {percent(options.chanceLongestPercent)})
          </dd>
        </div>
        <div>
          <dt>Best response's length against the others</dt>
          <dd>{options.wordRatio === null ? 'not applicable' : `${options.wordRatio} times as many words`}</dd>
        </div>
        <div>
          <dt>Decisions with only one harmless option</dt>
          <dd>
            {options.oneSafeOption} of {options.allDecisions} ({percent(options.oneSafeOptionPercent)})
          </dd>
        </div>
        <div>
          <dt>Trade-offs on the best route</dt>
          <dd>
            {options.locallyBestNotBest} of {options.decisions} decisions where the best move is not the one worth most points at once
          </dd>
        </div>
      </dl>

      <table className="author-analysis-table">
        <caption>MITI indicators of the expert route</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Value</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {expert.miti.map((m) => (
            <tr key={m.id}>
              <th scope="row">{MITI_LABELS[m.id]}</th>
              <td>{mitiValue(m)}</td>
              <td>{BAND_LABELS[m.band]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {findings.length === 0 ? (
        <p>No score-validity warnings: no rule that ignores the patient scores well, and length gives nothing away.</p>
      ) : (
        <ul className="author-validity-advice" aria-label="Score-validity advice">
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`}>
              <strong>{f.code}</strong> {ADVICE[f.code]} <span className="muted">({f.message})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
