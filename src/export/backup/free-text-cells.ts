import type { AttemptRecord, FreeTextTurn } from '../../storage/storage.types';
import type { CsvCell } from './csv';

/** The attempt spreadsheet's columns for free-text mode, after the scores (older sheets keep their columns where they were). */
export const FREE_TEXT_CSV_HEADER = ['Own-words decisions', 'Overridden', 'Typed words', 'Readings'];

type FreeTextEntry = AttemptRecord['transcript'][number] & { freeText: FreeTextTurn };

// Decisions are numbered from 1, as the debrief shows them; each decision is one line of its cell.
const line = (entry: FreeTextEntry, text: string) => `Decision ${entry.turn + 1}: ${text}`;

function reading(entry: FreeTextEntry): string {
  const { behaviour, kind, codes, closestChoiceId, overridden } = entry.freeText;
  const found = codes.map((code) => code.code).join(' ') || 'no code';
  const route = overridden ? `closest option ${closestChoiceId}, overridden to ${entry.choiceId ?? 'none'}` : `option ${closestChoiceId}`;
  return line(entry, `${behaviour}${kind ? ` (${kind})` : ''}, ${found}, ${route}`);
}

/**
 * The trainee's own words and how each was read, one line per decision answered
 * in free text. Words are in the record only when the program kept typed words;
 * otherwise "Typed words" is empty and the readings alone say what happened.
 */
export function freeTextCells(attempt: AttemptRecord): CsvCell[] {
  const entries = attempt.transcript.filter((entry): entry is FreeTextEntry => entry.freeText !== undefined);
  const words = entries.flatMap((entry) => (entry.freeText.words === undefined ? [] : [line(entry, entry.freeText.words)]));
  return [entries.length, entries.filter((entry) => entry.freeText.overridden).length, words.join('\n'), entries.map(reading).join('\n')];
}
