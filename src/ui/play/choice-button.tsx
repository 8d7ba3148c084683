import type { ReactNode } from 'react';

interface Props {
  choiceId: string;
  /** Its place in the list, from 1: shown, and its key when `numberKey` is on. */
  number: number;
  disabled?: boolean;
  /** Announce that the number key answers it (the first nine responses). */
  numberKey?: boolean;
  /** Marks the option the free-text reading went on through. */
  current?: boolean;
  onChoose: (choiceId: string) => void;
  children: ReactNode;
}

/**
 * One response as the trainee picks it: numbered, and naming its choice id so
 * end-to-end tests can follow a route by id. The choice list and the
 * free-text step show responses alike.
 */
export function ChoiceButton({ choiceId, number, disabled, numberKey = false, current = false, onChoose, children }: Props) {
  return (
    <button
      type="button"
      className="choice"
      data-choice-id={choiceId}
      disabled={disabled}
      aria-keyshortcuts={numberKey && number <= 9 ? String(number) : undefined}
      aria-current={current ? 'true' : undefined}
      onClick={() => onChoose(choiceId)}
    >
      <span className="choice-number">{number}</span>
      <span className="choice-text">{children}</span>
    </button>
  );
}
