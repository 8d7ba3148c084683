import { forwardRef } from 'react';
import type { SessionView } from '../../engine/trainee';

interface Props {
  choices: SessionView['choices'];
  disabled: boolean;
  onChoose: (choiceId: string) => void;
}

/**
 * The trainee's responses: full-width numbered buttons in a group labelled
 * "Responses" (a UI contract other tests rely on). The group takes focus
 * after each turn, so Tab goes straight to response 1. Choices come in the
 * attempt's shuffled order; number n answers the n-th shown. Each button
 * names its choice id, so end-to-end tests can follow a route by id.
 */
export const ChoiceList = forwardRef<HTMLDivElement, Props>(function ChoiceList({ choices, disabled, onChoose }, ref) {
  return (
    <div ref={ref} className="choices" role="group" aria-label="Responses" tabIndex={-1}>
      <p className="choices-hint" aria-hidden="true">
        Choose a response — click it or press its number.
      </p>
      {choices.map((choice, i) => (
        <button
          key={choice.id}
          type="button"
          className="choice"
          data-choice-id={choice.id}
          disabled={disabled}
          aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
          onClick={() => onChoose(choice.id)}
        >
          <span className="choice-number">{i + 1}</span>
          <span className="choice-text">{choice.text}</span>
        </button>
      ))}
    </div>
  );
});
