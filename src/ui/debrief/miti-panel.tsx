import type { Debrief, MitiIndicator } from '../../engine/trainee';
import { BAND_LABELS, ThresholdChart, type ThresholdChartProps } from '../charts/threshold-chart';

type Shape = Pick<ThresholdChartProps, 'better' | 'discrete' | 'format' | 'xLabel'> & { max: (value: number) => number };

const ratio = (v: number) => `${Math.round(v * 100) / 100}:1`;
const count = (v: number) => String(v);

/** How each indicator is drawn: which way is better, its unit and a sensible range. */
const SHAPES: Record<MitiIndicator['id'], Shape> = {
  reflectionToQuestion: { better: 'higher', format: ratio, xLabel: 'Reflections for each question', max: (v) => Math.max(3, Math.ceil(v)) },
  percentComplexReflections: { better: 'higher', format: (v) => `${v}%`, xLabel: 'Share of reflections that were complex', max: () => 100 },
  adherent: { better: 'higher', discrete: true, format: count, xLabel: 'Times', max: (v) => Math.max(4, v + 1) },
  nonAdherent: { better: 'lower', discrete: true, format: count, xLabel: 'Times', max: (v) => Math.max(3, v + 1) },
};

/** MITI-style indicators, each against its fair and good thresholds, with a sentence on what it means; closed until asked for. */
export function MitiPanel({ card, words }: { card: readonly MitiIndicator[]; words: Debrief['miti'] }) {
  const byId = new Map(words.map((w) => [w.id, w]));
  return (
    <section className="panel debrief-compact debrief-miti" aria-labelledby="miti-title">
      <details className="debrief-more debrief-section-disclosure">
        <summary>
          <h2 id="miti-title">How you talked: MITI-style indicators</h2>
        </summary>
        <p className="muted">
          Counts from the Motivational Interviewing Treatment Integrity code (MITI 4.2.1), measured on your responses. The reflection
          thresholds are the manual’s; the two counts use this simulator’s own bands.
        </p>
        <ul className="miti-list">
          {card.map((m) => {
            const shape = SHAPES[m.id];
            const said = byId.get(m.id);
            const bandText = m.band === 'not-applicable' ? 'not applicable' : BAND_LABELS[m.band];
            return (
              <li key={m.id}>
                {m.fair !== null && m.good !== null && (
                  <ThresholdChart
                    title={said?.label ?? m.id}
                    value={m.value}
                    fair={m.fair}
                    good={m.good}
                    better={shape.better}
                    discrete={shape.discrete}
                    max={shape.max(m.value ?? 0)}
                    format={shape.format}
                    bandText={bandText}
                    xLabel={shape.xLabel}
                  />
                )}
                {said && <p>{said.summary}</p>}
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
