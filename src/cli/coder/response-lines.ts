import type { CodedResponse } from '../../engine/trainee';

/** Why a file cannot be coded, in words for the person who ran the command; null when it can. */
export function unreadableFileReason(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return 'it looks like a binary file (it contains NUL bytes); give a text file with one utterance a line';
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0 && replaced / Math.max(1, text.length) > 0.01) return 'it is not UTF-8 text; save it as UTF-8 with one utterance a line';
  return null;
}

/** The file's utterances, one a line; a final newline does not make an extra empty one. */
export function utteranceLines(text: string): string[] {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The JSON line the issue specifies; `truncated` appears only on a line that was cut. */
export function jsonLine(original: string, coded: CodedResponse): string {
  return JSON.stringify({
    text: original,
    behaviour: coded.behaviour,
    question: coded.question,
    reflection: coded.reflection,
    input: coded.input,
    codes: coded.codes.map(({ code, confidence }) => ({ code, confidence })),
    ...(coded.truncated ? { truncated: true } : {}),
  });
}

function readingOf(coded: CodedResponse): string {
  const kind = coded.question ?? coded.reflection ?? coded.input;
  return kind ? `${coded.behaviour} (${kind})` : coded.behaviour;
}

/** A readable table: number, reading, codes with the words behind them, the text. */
export function table(rows: ReadonlyArray<{ original: string; coded: CodedResponse }>): string {
  const lines = rows.map(({ original, coded }, index) => {
    const codes =
      coded.codes.map((c) => `${c.code} ${c.confidence.toFixed(2)}${c.words.length ? ` ("${c.words.join('", "')}")` : ''}`).join('; ') ||
      '–';
    const text = original.length > 70 ? `${original.slice(0, 67)}...` : original;
    const flag = coded.truncated ? ' [cut at 2,000 characters]' : '';
    return `${String(index + 1).padStart(4)}  ${readingOf(coded).padEnd(24)} ${codes}\n      ${JSON.stringify(text)}${flag}`;
  });
  return lines.join('\n');
}
