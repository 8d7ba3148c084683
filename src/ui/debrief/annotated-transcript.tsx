import type { EvidenceState } from '../evidence/use-evidence';
import { DecisionCard } from './decision-card';
import type { DecisionItem } from './decision-model';

interface Props {
  items: readonly DecisionItem[];
  patientName: string;
  evidence: EvidenceState;
  retryHref: (turn: number) => string | null;
}

/** Every decision of the conversation, in order, each annotated; closed until asked for, so the debrief stays short. */
export function AnnotatedTranscript({ items, patientName, evidence, retryHref }: Props) {
  return (
    <section className="panel debrief-compact debrief-transcript" aria-labelledby="transcript-title">
      {items.length === 0 ? (
        <>
          <h2 id="transcript-title">Your conversation, decision by decision</h2>
          <p>No decisions were taken in this attempt.</p>
        </>
      ) : (
        <details className="debrief-more debrief-section-disclosure">
          <summary>
            <h2 id="transcript-title">Your conversation, decision by decision</h2>
            <span className="muted">
              all {items.length} decision{items.length === 1 ? '' : 's'}
            </span>
          </summary>
          <p className="muted">
            Open a behaviour code to read its definition. “Try again from this decision” starts a new attempt at that moment, with the
            patient exactly as they were.
          </p>
          <ol className="decision-list">
            {items.map((item) => (
              <DecisionCard
                key={item.entry.turn}
                item={item}
                patientName={patientName}
                evidence={evidence}
                retryHref={retryHref(item.entry.turn)}
              />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
