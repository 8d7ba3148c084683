import type { CodedResponse, OptionMatch, RoutableOption } from '../../engine/trainee';
import type { FreeTextTurn } from '../../storage/storage.types';

/** An option as the free-text step shows it: in the attempt's order, with its codes for routing. */
export type StepOption = RoutableOption;

/** What is kept of a decision answered in free text (the attempt drops the words if the program says so). */
export function freeTextTurn(coded: CodedResponse, closest: OptionMatch, chosenId: string): FreeTextTurn {
  const kind = coded.question ?? coded.reflection ?? coded.input;
  return {
    words: coded.text,
    codes: coded.codes.map(({ code, confidence }) => ({ code, confidence })),
    behaviour: coded.behaviour,
    ...(kind ? { kind } : {}),
    closestChoiceId: closest.id,
    overridden: chosenId !== closest.id,
  };
}
