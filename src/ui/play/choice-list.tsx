import { forwardRef } from 'react';
import type { SessionView } from '../../engine/trainee';
import { ChoiceButton } from './choice-button';

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
        <ChoiceButton key={choice.id} choiceId={choice.id} number={i + 1} disabled={disabled} numberKey onChoose={onChoose}>
          {choice.text}
        </ChoiceButton>
      ))}
    </div>
  );
});
