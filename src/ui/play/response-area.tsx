import { forwardRef, useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { FreeTextStep } from '../free-text/free-text-step';
import { ModeChoice } from '../free-text/mode-choice';
import { stepOptions } from '../free-text/step-options';
import type { FreeTextTurn } from '../../storage/storage.types';
import { ChoiceList } from './choice-list';
import type { OpenedPlay } from './open-play';
import type { PlayState } from './play-controller';

interface Props {
  opened: OpenedPlay;
  state: PlayState;
  disabled: boolean;
  /** False while a dialog is open: number keys must not answer behind it. */
  keysEnabled: boolean;
  onChoose: (choiceId: string) => void;
  /** Before a free-text answer: the next turn's responses take focus, as after a choice from the list. */
  onAnswering: () => void;
}

/** The responses: the numbered list, or in free-text mode the trainee's own words (asked first when the setting says so). */
export const ResponseArea = forwardRef<HTMLDivElement, Props>(function ResponseArea({ opened, state, disabled, keysEnabled, onChoose, onAnswering }, ref) {
  const { controller, compiled } = opened;
  const { view } = state;
  const turn = view.transcript.length;
  const options = useMemo(() => stepOptions(compiled, view), [compiled, view]);
  const chooseInOwnWords = useCallback(
    (choiceId: string, answer: FreeTextTurn | null) => {
      if (!answer) {
        onChoose(choiceId);
        return;
      }
      onAnswering();
      controller.chooseInOwnWords(choiceId, turn, answer);
    },
    [controller, turn, onChoose, onAnswering],
  );
  const saveDraft = useCallback((text: string) => controller.saveDraft(text), [controller]);
  // Once the trainee has said how they will respond, focus moves to the responses (the text box, or the list).
  const asked = useRef(state.freeText === 'ask');
  useEffect(() => {
    if (!asked.current || state.freeText === 'ask') return;
    asked.current = false;
    (ref as RefObject<HTMLDivElement | null> | null)?.current?.focus();
  }, [state.freeText, ref]);

  if (state.freeText === 'ask') return <ModeChoice ref={ref} onChoose={(ownWords) => controller.useFreeText(ownWords)} />;
  if (state.freeText === 'on') {
    return (
      <FreeTextStep
        key={`${turn}:${view.nodeId}`}
        ref={ref}
        options={options}
        disabled={disabled}
        keysEnabled={keysEnabled}
        initialDraft={controller.draft}
        onDraft={saveDraft}
        onChoose={chooseInOwnWords}
      />
    );
  }
  return <ChoiceList ref={ref} choices={view.choices} disabled={disabled} onChoose={onChoose} />;
});
