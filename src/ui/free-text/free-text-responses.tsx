import { forwardRef, useMemo } from 'react';
import type { SessionView } from '../../engine/trainee';
import type { FreeTextTurn } from '../../storage/storage.types';
import type { CompiledScenario } from '../scenarios/engine';
import { FreeTextStep } from './free-text-step';
import { ModeChoice } from './mode-choice';
import { stepOptions } from './step-options';

interface Props {
  /** Setting "ask each attempt", not yet answered: the trainee first says how they will respond. */
  ask: boolean;
  compiled: CompiledScenario;
  view: SessionView;
  disabled: boolean;
  keysEnabled: boolean;
  initialDraft: string;
  onDraft: (text: string) => void;
  onUseFreeText: (ownWords: boolean) => void;
  onChoose: (choiceId: string, answer: FreeTextTurn | null) => void;
}

/**
 * The play screen's responses in free-text mode. A chunk of its own (with the
 * step it shows): a trainee who picks from the list never downloads it.
 */
export const FreeTextResponses = forwardRef<HTMLDivElement, Props>(function FreeTextResponses(
  { ask, compiled, view, disabled, keysEnabled, initialDraft, onDraft, onUseFreeText, onChoose },
  ref,
) {
  const options = useMemo(() => stepOptions(compiled.scenario, view), [compiled, view]);
  if (ask) return <ModeChoice ref={ref} onChoose={onUseFreeText} />;
  return (
    <FreeTextStep
      key={`${view.transcript.length}:${view.nodeId}`}
      ref={ref}
      options={options}
      disabled={disabled}
      keysEnabled={keysEnabled}
      initialDraft={initialDraft}
      onDraft={onDraft}
      onChoose={onChoose}
    />
  );
});
