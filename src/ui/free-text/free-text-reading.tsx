import { useCallback, useEffect, useRef } from 'react';
import type { CodedResponse, OptionMatch } from '../../engine/trainee';
import { useNumberKeys } from '../play/use-number-keys';
import { codeName, describeReading } from './describe-reading';
import type { StepOption } from './free-text-option';
import { ChoiceButton } from '../play/choice-button';

interface Props {
  coded: CodedResponse;
  closest: OptionMatch;
  options: StepOption[];
  disabled: boolean;
  keysEnabled: boolean;
  onChoose: (choiceId: string) => void;
  onEdit: () => void;
}

/**
 * How the trainee's words were read and the option the conversation will go
 * on through. Enter (on "Go on") accepts; a number key picks another option
 * instead, and that override is recorded. Words are shown as text, never HTML.
 */
export function FreeTextReading({ coded, closest, options, disabled, keysEnabled, onChoose, onEdit }: Props) {
  const goOn = useRef<HTMLButtonElement>(null);
  useEffect(() => goOn.current?.focus({ preventScroll: true }), []);
  const pick = useCallback(
    (index: number) => {
      const option = options[index];
      if (option) onChoose(option.id);
    },
    [options, onChoose],
  );
  useNumberKeys(options.length, !disabled && keysEnabled, pick);
  const closestIndex = options.findIndex((option) => option.id === closest.id);
  const closestOption = options[closestIndex];

  return (
    <div className="free-text-reading">
      <p className="free-text-said">
        You said: <q>{coded.text}</q>
        {coded.truncated && ' (only the first part was read)'}
      </p>
      <p role="status">I read this as {describeReading(coded)}.</p>
      {coded.codes.length > 0 && (
        <ul className="free-text-codes" aria-label="What I found">
          {coded.codes.map((found) => (
            <li key={found.code}>
              <span className="code-name">{codeName(found.code)}</span>
              {found.words.length > 0 && <> — from {found.words.map((word) => `“${word}”`).join(', ')}</>}
            </li>
          ))}
        </ul>
      )}
      <p className="free-text-closest">
        Closest option:{' '}
        <strong>
          {closestIndex + 1}. {closestOption?.text}
        </strong>
      </p>
      <div className="free-text-actions">
        <button
          ref={goOn}
          type="button"
          className="button button-primary"
          disabled={disabled}
          data-choice-id={closest.id}
          onClick={() => onChoose(closest.id)}
        >
          Go on with this option
        </button>
        <button type="button" className="button" disabled={disabled} onClick={onEdit}>
          Change my words
        </button>
      </div>
      <div className="free-text-others" role="group" aria-label="Options">
        <p>Not what you meant? Press an option's number to go on with it instead.</p>
        {options.map((option, i) => (
          <ChoiceButton
            key={option.id}
            choiceId={option.id}
            number={i + 1}
            disabled={disabled}
            numberKey
            current={option.id === closest.id}
            onChoose={onChoose}
          >
            {option.text}
            {option.id === closest.id && <span className="free-text-closest-tag"> (closest)</span>}
          </ChoiceButton>
        ))}
      </div>
    </div>
  );
}
