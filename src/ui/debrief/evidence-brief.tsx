import { EvidenceLinks } from '../evidence/evidence-links';
import type { EvidenceState } from '../evidence/use-evidence';

interface Props {
  /** Every source behind the decision. */
  ids: readonly string[];
  /** The sources that carry its point (the engine's keyEvidence): the first is shown, the rest on request. */
  keyIds: readonly string[];
  evidence: EvidenceState;
  /** The decision's number, for the lists' names. */
  decision: number;
}

/** The sources that carry a decision's point, with the rest on request. */
export function EvidenceBrief({ ids, keyIds, evidence, decision }: Props) {
  // The one source that carries the point most directly; the rest are a tap away (the debrief must fit four phone screens).
  const lead = [keyIds.find((id) => ids.includes(id)) ?? ids[0]!];
  const rest = ids.filter((id) => !lead.includes(id));
  if (ids.length === 0) return null;
  return (
    <div className="evidence-brief">
      <span className="evidence-brief-label">Evidence:</span>
      <EvidenceLinks ids={lead} evidence={evidence} label={`Evidence for decision ${decision}`} />
      {rest.length > 0 && (
        <details className="evidence-more">
          <summary>
            {rest.length} more source{rest.length === 1 ? '' : 's'}
          </summary>
          <EvidenceLinks ids={rest} evidence={evidence} label={`More evidence for decision ${decision}`} />
        </details>
      )}
    </div>
  );
}
