import { PATIENT_STATE_VARIABLES, type Scenario, type Session, type SessionView } from '../../../engine/trainee';
import { useId, useState } from 'react';
import { PreviewFreeText } from './preview-free-text';
import { VARIABLE_LABELS } from './preview-start';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

interface Props {
  scenario: Scenario;
  session: Session;
  view: SessionView;
  /** The score of the preview, when the route analysis has run. */
  score: number | null;
}

/** The running preview: the patient's line, the state, the responses as buttons, and what each turn did. */
export function PreviewPlay({ scenario, session, view, score }: Props) {
  const [freeText, setFreeText] = useState(false);
  const freeTextId = useId();
  const node = scenario.nodes.find((n) => n.id === view.nodeId);
  const choiceCodes = new Map(node?.choices.map((c) => [c.id, c.codes]) ?? []);
  const textOf = (nodeId: string, choiceId: string | null) =>
    choiceId === null
      ? '(silence: the time ran out)'
      : (scenario.nodes.find((n) => n.id === nodeId)?.choices.find((c) => c.id === choiceId)?.text ?? choiceId);

  return (
    <div className="author-preview-play">
      <table className="author-state-table">
        <caption>Patient state now (expression: {view.expression})</caption>
        <tbody>
          <tr>
            {PATIENT_STATE_VARIABLES.map((v) => (
              <th key={v} scope="col">
                {VARIABLE_LABELS[v]}
              </th>
            ))}
          </tr>
          <tr>
            {PATIENT_STATE_VARIABLES.map((v) => (
              <td key={v}>{view.patient[v]}</td>
            ))}
          </tr>
        </tbody>
      </table>

      {view.ending ? (
        <div className="author-preview-ending" role="status">
          <h4>
            Ending: {view.ending.title} ({view.ending.outcome})
          </h4>
          {view.ending.patientLine && <p className="author-preview-line">“{view.ending.patientLine}”</p>}
          <p>{view.ending.text}</p>
          <p>{score === null ? 'The score appears once the route analysis has run.' : `Score of this preview: ${score} out of 100.`}</p>
        </div>
      ) : (
        <div className="author-preview-turn">
          <p className="muted">
            Node <code>{view.nodeId}</code>
            {view.phaseId ? `, phase ${view.phaseId}` : ''}
          </p>
          {view.patientLine && <p className="author-preview-line">“{view.patientLine.text}”</p>}
          {view.patientLine?.nonverbal && <p className="muted">({view.patientLine.nonverbal})</p>}
          <div className="checkbox">
            <input id={freeTextId} type="checkbox" checked={freeText} onChange={(event) => setFreeText(event.target.checked)} />
            <label htmlFor={freeTextId}>Play in free-text mode (type what a trainee might say)</label>
          </div>
          {freeText && <PreviewFreeText scenario={scenario} session={session} view={view} />}
          <div role="group" aria-label="Preview responses" className="author-preview-choices" hidden={freeText}>
            {view.choices.map((choice) => (
              <button
                key={choice.id}
                type="button"
                className="button author-preview-choice"
                onClick={() => session.send({ type: 'CHOOSE', choiceId: choice.id })}
              >
                <span>{choice.text}</span>
                <span className="author-preview-codes"> [{(choiceCodes.get(choice.id) ?? []).join(', ')}]</span>
              </button>
            ))}
            {node?.timeLimit && (
              <button type="button" className="button button-small" onClick={() => session.send({ type: 'TIME_UP' })}>
                Let the time run out ({node.timeLimit.seconds} s limit)
              </button>
            )}
          </div>
        </div>
      )}

      {view.transcript.length > 0 && (
        <>
          <h4>Turns so far</h4>
          <ol className="author-preview-transcript">
            {view.transcript.map((entry) => (
              <li key={entry.turn}>
                <code>{entry.nodeId}</code>: {textOf(entry.nodeId, entry.choiceId)} [{entry.codes.join(', ') || 'no codes'}] →{' '}
                {Object.entries(entry.delta)
                  .filter(([, d]) => d !== 0)
                  .map(([k, d]) => `${k} ${signed(d ?? 0)}`)
                  .join(', ') || 'no change'}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
