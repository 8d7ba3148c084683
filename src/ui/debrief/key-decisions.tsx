import { shortLine, type DebriefTakeaway } from '../../engine/trainee';
import type { EvidenceState } from '../evidence/use-evidence';
import { CodeChips } from './code-chips';
import { decisionCardId } from './decision-model';
import { EvidenceBrief } from './evidence-brief';

interface Props {
  takeaways: readonly DebriefTakeaway[];
  /** The patient's first name, for the line they said next. */
  patientName: string;
  evidence: EvidenceState;
  retryHref: (turn: number) => string | null;
}

/** Opens the full conversation and moves focus (and so the view) to a decision's card: hash links would change the route. */
function showDecision(turn: number) {
  const card = document.getElementById(decisionCardId(turn));
  const disclosure = card?.closest('details');
  if (disclosure) disclosure.open = true;
  card?.focus();
}

const quote = (text: string) => `“${text}”`;

/** The patient's reply is quoted only to show how the line landed; the full one is in the conversation. */
const REPLY_WORDS = 12;

/**
 * The three takeaways, as the decisions to learn from: what you said, what it
 * did to the patient (and the ending, if it ended there) and what would have
 * worked better, up front; the patient's reply, why, the codes' definitions
 * and all but the key sources on request.
 */
export function KeyDecisions({ takeaways, patientName, evidence, retryHref }: Props) {
  return (
    <section className="panel debrief-decisions" aria-labelledby="key-title">
      <h2 id="key-title">Decisions to learn from</h2>
      {!takeaways.some((t) => t.kind === 'improve') && (
        <p>None of your decisions left much on the table: at each point you chose one of the strongest responses available.</p>
      )}
      <ol className="key-decisions">
        {takeaways.map((t) => {
          const n = t.turn + 1;
          const retry = retryHref(t.turn);
          return (
            <li key={t.turn} className={`takeaway takeaway-${t.kind}`}>
              <h3>
                {t.kind === 'improve' ? 'To rehearse' : 'Went well'}, decision {n}
              </h3>
              <p>
                {t.said === null ? 'You said nothing before the time ran out.' : `You said ${quote(t.said)}`} {t.did}
              </p>
              {t.better !== null && (
                <p>
                  <strong>Better: </strong>
                  {t.betterIsLine ? quote(t.better) : `${t.better}.`}
                </p>
              )}
              <div className="key-tools">
                <details className="key-why">
                  <summary>
                    Why<span className="visually-hidden"> (decision {n})</span>
                  </summary>
                  {t.next.patientText && (
                    <p className="key-next-line">
                      {patientName} replied: {quote(shortLine(t.next.patientText, REPLY_WORDS))}
                    </p>
                  )}
                  <p>{t.brief}</p>
                  <CodeChips codes={t.codes} />
                </details>
                <EvidenceBrief ids={t.evidence} keyIds={t.keyEvidence} evidence={evidence} decision={n} />
                <p className="key-links">
                  {retry && (
                    <a href={retry}>
                      Try again from here<span className="visually-hidden"> (decision {n})</span>
                    </a>
                  )}
                  <button type="button" className="link-button" onClick={() => showDecision(t.turn)}>
                    In the conversation<span className="visually-hidden"> (decision {n})</span>
                  </button>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
