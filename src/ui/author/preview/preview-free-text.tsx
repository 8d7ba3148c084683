import { useState } from 'react';
import type { Scenario, Session, SessionView } from '../../../engine/trainee';
import type { FreeTextTurn } from '../../../storage/storage.types';
import { FreeTextStep } from '../../free-text/free-text-step';
import { stepOptions } from '../../free-text/step-options';

interface Props {
  scenario: Scenario;
  session: Session;
  view: SessionView;
}

/**
 * The preview played in free-text mode, as a trainee would: type a line, see
 * how it was read and which option it routes to, go on or override. Nothing
 * is stored; the last routing stays on screen so the author can judge it.
 */
export function PreviewFreeText({ scenario, session, view }: Props) {
  const [last, setLast] = useState<{ answer: FreeTextTurn; chosenText: string } | null>(null);
  const options = stepOptions(scenario, view);
  const choose = (choiceId: string, answer: FreeTextTurn | null) => {
    const chosenText = options.find((option) => option.id === choiceId)?.text ?? choiceId;
    setLast(answer ? { answer, chosenText } : null);
    session.send({ type: 'CHOOSE', choiceId });
  };
  return (
    <>
      {last && (
        <p className="muted" role="status">
          Last response “{last.answer.words}” read as {[last.answer.kind, last.answer.behaviour].filter(Boolean).join(' ')} [
          {last.answer.codes.map((c) => c.code).join(', ') || 'no codes'}] went on through “{last.chosenText}”
          {last.answer.overridden ? ' (the closest option was overridden)' : ' (the closest option)'}.
        </p>
      )}
      <FreeTextStep
        key={`${view.transcript.length}:${view.nodeId}`}
        options={options}
        disabled={view.status !== 'active'}
        initialDraft=""
        onDraft={noDraft}
        onChoose={choose}
      />
    </>
  );
}

// The preview keeps nothing between sessions, drafts included.
const noDraft = () => {};
