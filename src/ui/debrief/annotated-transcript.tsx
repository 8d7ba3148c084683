import type { EvidenceState } from '../evidence/use-evidence';
import { DecisionCard } from './decision-card';
import type { DecisionItem } from './decision-model';

interface Props {
  items: readonly DecisionItem[];
  patientName: string;
  evidence: EvidenceState;
  retryHref: (turn: number) => string | null;
}

/** Every decision of the conversation, in order, each annotated. */
export function AnnotatedTranscript({ items, patientName, evidence, retryHref }: Props) {
  return (
    <section className="debrief-transcript" aria-labelledby="transcript-title">
      <h2 id="transcript-title">Your conversation, decision by decision</h2>
      {items.length === 0 ? (
        <p>No decisions were taken in this attempt.</p>
      ) : (
        <>
          <p className="muted">
            Open a behaviour code to read its definition. “Try again from this decision” starts a new attempt at that moment,
            with the patient exactly as they were.
          </p>
          <ol className="decision-list">
            {items.map((item) => (
              <DecisionCard key={item.entry.turn} item={item} patientName={patientName} evidence={evidence} retryHref={retryHref(item.entry.turn)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
