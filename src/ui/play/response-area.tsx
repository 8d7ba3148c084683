import { forwardRef, lazy, Suspense, useCallback, useEffect, useRef, type RefObject } from 'react';
import type { FreeTextTurn } from '../../storage/storage.types';
import { ChoiceList } from './choice-list';
import type { OpenedPlay } from './open-play';
import { draftOf, type PlayState } from './attempt-actor';

// Its own chunk: only trainees who answer in their own words download it (the play route's first-load budget is 130 KB).
const FreeTextResponses = lazy(() => import('../free-text/free-text-responses').then((module) => ({ default: module.FreeTextResponses })));

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
export const ResponseArea = forwardRef<HTMLDivElement, Props>(function ResponseArea(
  { opened, state, disabled, keysEnabled, onChoose, onAnswering },
  ref,
) {
  const { attempt, compiled } = opened;
  const { view } = state;
  const turn = view.transcript.length;
  const chooseInOwnWords = useCallback(
    (choiceId: string, answer: FreeTextTurn | null) => {
      if (!answer) {
        onChoose(choiceId);
        return;
      }
      onAnswering();
      attempt.send({ type: 'CHOOSE_OWN_WORDS', choiceId, turn, answer });
    },
    [attempt, turn, onChoose, onAnswering],
  );
  const saveDraft = useCallback((text: string) => attempt.send({ type: 'DRAFT', text }), [attempt]);
  const chooseMode = useCallback((ownWords: boolean) => attempt.send({ type: 'USE_FREE_TEXT', on: ownWords }), [attempt]);
  // Once the trainee has said how they will respond, focus moves to the responses (the text box, or the list).
  const asked = useRef(state.freeText === 'ask');
  useEffect(() => {
    if (!asked.current || state.freeText === 'ask') return;
    asked.current = false;
    (ref as RefObject<HTMLDivElement | null> | null)?.current?.focus();
  }, [state.freeText, ref]);

  if (state.freeText === 'off') return <ChoiceList ref={ref} choices={view.choices} disabled={disabled} onChoose={onChoose} />;
  return (
    <Suspense fallback={<p className="loading">Loading the response box…</p>}>
      <FreeTextResponses
        ref={ref}
        ask={state.freeText === 'ask'}
        compiled={compiled}
        view={view}
        disabled={disabled}
        keysEnabled={keysEnabled}
        initialDraft={draftOf(attempt)}
        onDraft={saveDraft}
        onUseFreeText={chooseMode}
        onChoose={chooseInOwnWords}
      />
    </Suspense>
  );
});
