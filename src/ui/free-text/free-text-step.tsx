import './free-text.css';
import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CodedResponse, OptionMatch } from '../../engine/trainee';
import type { FreeTextTurn } from '../../storage/storage.types';
import type { CoderClient } from './coder-client';
import { DictateButton } from './dictate-button';
import { freeTextTurn, type StepOption } from './free-text-option';
import { FreeTextReading } from './free-text-reading';
import { useResponseCoder } from './use-response-coder';
import { ChoiceButton } from '../play/choice-button';

export const TRY_AGAIN_MESSAGE = 'I couldn’t read a response there — try again.';
const DRAFT_SAVE_DELAY_MS = 400;

type Phase =
  | { kind: 'typing'; problem: string | null }
  | { kind: 'reading' }
  | { kind: 'read'; coded: CodedResponse; closest: OptionMatch };

interface Props {
  options: StepOption[];
  disabled: boolean;
  /** False while something covers the step (a dialog): number keys are left alone. */
  keysEnabled?: boolean;
  initialDraft: string;
  /** Called as the trainee types (debounced), so a reload keeps the words. */
  onDraft: (text: string) => void;
  /** `answer` is null when the reader failed and the trainee chose from the options directly. */
  onChoose: (choiceId: string, answer: FreeTextTurn | null) => void;
  client?: CoderClient;
}

/**
 * Free-text mode's decision: the trainee types (or dictates) what they would
 * say, sees how it was read, and goes on through the closest authored option
 * or picks another with one key. An empty or unreadable response is never
 * routed: the trainee is asked again.
 */
export const FreeTextStep = forwardRef<HTMLDivElement, Props>(function FreeTextStep(
  { options, disabled, keysEnabled = true, initialDraft, onDraft, onChoose, client: given },
  ref,
) {
  const { client, status } = useResponseCoder(given);
  const [text, setText] = useState(initialDraft);
  const [phase, setPhase] = useState<Phase>({ kind: 'typing', problem: null });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();

  useEffect(() => {
    if (text === initialDraft) return;
    const timer = setTimeout(() => onDraft(text), DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, initialDraft, onDraft]);

  const submit = () => {
    if (disabled || phase.kind === 'reading') return;
    onDraft(text);
    if (!text.trim()) {
      setPhase({ kind: 'typing', problem: TRY_AGAIN_MESSAGE });
      return;
    }
    setPhase({ kind: 'reading' });
    client.code(text, options).then(
      ({ coded, ranked }) => {
        const closest = ranked[0];
        if (coded.unreadable || !closest) setPhase({ kind: 'typing', problem: TRY_AGAIN_MESSAGE });
        else setPhase({ kind: 'read', coded, closest });
      },
      (error: unknown) => setPhase({ kind: 'typing', problem: error instanceof Error ? error.message : String(error) }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };

  const edit = () => {
    setPhase({ kind: 'typing', problem: null });
    requestAnimationFrame(() => textarea.current?.focus());
  };

  const failed = status.state === 'failed';
  return (
    <div
      ref={ref}
      className="free-text-step"
      role="group"
      aria-label="Your response"
      tabIndex={-1}
      // The play screen focuses this group after each turn; the trainee lands in the text box.
      onFocus={(event) => {
        if (event.target === event.currentTarget) textarea.current?.focus({ preventScroll: true });
      }}
    >
      {phase.kind === 'read' ? (
        <FreeTextReading
          coded={phase.coded}
          closest={phase.closest}
          options={options}
          disabled={disabled}
          keysEnabled={keysEnabled}
          onChoose={(choiceId) => onChoose(choiceId, freeTextTurn(phase.coded, phase.closest, choiceId))}
          onEdit={edit}
        />
      ) : (
        <>
          <label htmlFor={inputId}>What would you say?</label>
          <textarea
            id={inputId}
            ref={textarea}
            className="free-text-input"
            rows={3}
            value={text}
            disabled={disabled || phase.kind === 'reading'}
            aria-describedby={phase.kind === 'typing' && phase.problem ? `${hintId} ${problemId}` : hintId}
            aria-invalid={phase.kind === 'typing' && phase.problem === TRY_AGAIN_MESSAGE ? true : undefined}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <p id={hintId} className="free-text-hint">
            Enter reads your response; Shift+Enter starts a new line.
          </p>
          <div className="free-text-actions">
            <button type="button" className="button button-primary" disabled={disabled || phase.kind === 'reading'} onClick={submit}>
              Read my response
            </button>
            <DictateButton
              disabled={disabled || phase.kind === 'reading'}
              onHeard={(heard) => setText((was) => (was ? `${was} ${heard}` : heard))}
            />
          </div>
          <p role="status" className="free-text-progress">
            {status.state === 'loading' ? 'Loading the response reader…' : phase.kind === 'reading' ? 'Reading your response…' : ''}
          </p>
          {phase.kind === 'typing' && phase.problem && (
            <p id={problemId} role="alert" className="free-text-problem">
              {phase.problem}
            </p>
          )}
          {failed && (
            <div className="free-text-others" role="group" aria-label="Options">
              {options.map((option, i) => (
                <ChoiceButton key={option.id} choiceId={option.id} number={i + 1} disabled={disabled} onChoose={(id) => onChoose(id, null)}>
                  {option.text}
                </ChoiceButton>
              ))}
            </div>
          )}
        </>
      )}
    </div>
  );
});
