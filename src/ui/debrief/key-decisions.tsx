import type { DebriefHighlight } from '../../engine/trainee';
import { decisionCardId, whyAfterQuote } from './decision-model';

/** Moves focus (and so the view) to a decision's card: hash links would change the route. */
const showDecision = (turn: number) => document.getElementById(decisionCardId(turn))?.focus();

/** The two or three decisions that cost the most, with the stronger option for each. */
export function KeyDecisions({ highlights }: { highlights: readonly DebriefHighlight[] }) {
  return (
    <section className="panel" aria-labelledby="key-title">
      <h2 id="key-title">Decisions to learn from</h2>
      {highlights.length === 0 ? (
        <p>None of your decisions left much on the table: at each point you chose one of the strongest responses available.</p>
      ) : (
        <ol className="key-decisions">
          {highlights.map((h) => (
            <li key={h.turn}>
              <h3>Decision {h.turn + 1}</h3>
              <p className="decision-line decision-patient">“{h.patientText}”</p>
              {h.chosenText && (
                <p>
                  <strong>You said: </strong>“{h.chosenText}”
                </p>
              )}
              <p>
                <strong>A stronger option: </strong>“{h.betterText}”
              </p>
              <p>{whyAfterQuote(h.why, h.betterText)}</p>
              <button type="button" className="link-button" onClick={() => showDecision(h.turn)}>
                Go to decision {h.turn + 1} in the transcript
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
