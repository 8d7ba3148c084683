import type { PatientState, SessionView } from '../../engine/trainee';

/** One decision as the player shows it: the contract of a `--jsonl` turn line. */
export interface PlayerTurn {
  type: 'turn';
  node: string;
  patient: string;
  /** In the order shown (the attempt's shuffled order); `key` is what the trainee types. */
  options: { key: number; id: string; text: string }[];
  /** Seconds, or null when the node has no time limit. */
  timeLimit: number | null;
  state: PatientState;
}

export function playerTurn(view: SessionView): PlayerTurn {
  return {
    type: 'turn',
    node: view.nodeId,
    patient: view.patientLine?.text ?? '',
    options: view.choices.map((choice) => ({ key: choice.index + 1, id: choice.id, text: choice.text })),
    timeLimit: view.timeLimitSeconds,
    state: view.patient,
  };
}

/** What a line typed at a turn asks for, or why it cannot be taken. */
export type PlayerAnswer = { kind: 'choose'; choiceId: string } | { kind: 'wait' } | { kind: 'invalid'; message: string };

/**
 * Reads one input line for `turn`: an option's key (1-based), or `wait` to
 * let the time limit run out (`w` too, with `allowShortWait`, for people).
 */
export function readAnswer(line: string, turn: PlayerTurn, allowShortWait: boolean): PlayerAnswer {
  const text = line.trim().toLowerCase();
  const keys = `1–${turn.options.length}`;
  if (text === 'wait' || (allowShortWait && text === 'w')) {
    if (turn.timeLimit === null)
      return { kind: 'invalid', message: `"${text}": this turn has no time limit; answer with an option's key (${keys}).` };
    return { kind: 'wait' };
  }
  if (/^\d{1,3}$/.test(text)) {
    const option = turn.options.find((o) => o.key === Number(text));
    if (option) return { kind: 'choose', choiceId: option.id };
  }
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const wait = turn.timeLimit === null ? '' : ', or wait to let the time limit run out';
  return { kind: 'invalid', message: `"${shown}" is not an option: answer with an option's key (${keys})${wait}.` };
}
