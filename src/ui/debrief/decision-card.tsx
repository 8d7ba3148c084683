import { FlameIcon, HandshakeIcon } from '../charts/state-icons';
import type { EvidenceState } from '../evidence/use-evidence';
import { OwnWordsLine } from '../free-text/own-words-line';
import { CodeChips } from './code-chips';
import { decisionCardId, type DecisionItem } from './decision-model';
import { EvidenceBrief } from './evidence-brief';
import { describeDelta } from './trajectory';

interface Props {
  item: DecisionItem;
  patientName: string;
  evidence: EvidenceState;
  /** Where "Try again from this decision" goes; null when the checkpoint cannot be restored. */
  retryHref: string | null;
}

/** One decision, annotated: what the patient said, what you chose, how it landed, and what would have been stronger. */
export function DecisionCard({ item, patientName, evidence, retryHref }: Props) {
  const { entry, review } = item;
  const n = entry.turn + 1;
  const headingId = `${decisionCardId(entry.turn)}-title`;
  return (
    <li>
      <article
        id={decisionCardId(entry.turn)}
        tabIndex={-1}
        className={`panel decision-card${item.highlighted ? ' is-highlighted' : ''}`}
        aria-labelledby={headingId}
      >
        <h3 id={headingId}>
          Decision {n}
          {item.phase && <span className="muted"> · {item.phase}</span>}
          {item.highlighted && <span className="decision-flag">Worth rehearsing</span>}
        </h3>
        <p className="decision-line decision-patient">
          <span className="decision-speaker">{patientName}:</span>{' '}
          {item.patientText ? `“${item.patientText}”` : <em>This line has changed since you played.</em>}
        </p>
        <OwnWordsLine entry={entry} closestText={item.closestText} />
        <p className="decision-line decision-trainee">
          <span className="decision-speaker">You:</span>{' '}
          {entry.kind === 'timeout' ? (
            <em>Said nothing before the time ran out.</em>
          ) : item.chosenText ? (
            `“${item.chosenText}”`
          ) : (
            <em>(response no longer in the scenario)</em>
          )}
        </p>
        <CodeChips codes={entry.codes} />
        <p className="decision-state">
          <span className="decision-state-item state-anger">
            <FlameIcon size={16} /> Anger {entry.before.anger} → {entry.after.anger}
          </span>
          <span className="decision-state-item state-trust">
            <HandshakeIcon size={16} /> Trust {entry.before.trust} → {entry.after.trust}
          </span>
          <span className="decision-effect">Effect: {describeDelta(entry.delta)}</span>
        </p>
        {item.feedback && !review && <p>{item.feedback}</p>}
        {review && (
          <div className="decision-review">
            {(review.betterChoiceText !== null || review.betterChoiceId !== null) && (
              <p>
                <strong>A stronger option: </strong>
                {review.betterChoiceText ? `“${review.betterChoiceText}”` : 'letting the silence run'}
              </p>
            )}
            <p>
              <strong>Why: </strong>
              {item.brief}
            </p>
          </div>
        )}
        <EvidenceBrief ids={item.evidence} keyIds={item.keyEvidence} evidence={evidence} decision={n} />
        {retryHref && (
          <p className="decision-retry">
            <a className="button button-small" href={retryHref}>
              Try again from this decision<span className="visually-hidden"> (decision {n})</span>
            </a>
          </p>
        )}
      </article>
    </li>
  );
}
