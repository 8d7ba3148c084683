/**
 * Folded (>) and literal (|) block scalars for the YAML fast path, with clip
 * or strip chomping, read as js-yaml's readBlockScalar does on the subset:
 * every content line at one indentation deeper than its key (a
 * more-indented line folds differently and gives up), no trailing spaces,
 * blank lines kept as line breaks. Lines are given as the fast reader holds
 * them: text, indentation, and kind (0 content, 1 blank, 2 comment).
 */
import { bail } from './yaml-fast-scalars';

/** The block scalar whose header (">-" etc.) ends line i, for a key at `column`: [text, first line after it]. */
export function blockScalar(
  lines: readonly string[],
  indents: Int32Array,
  kinds: Uint8Array,
  header: string,
  i: number,
  column: number,
): [string, number] {
  const style = header.trimEnd();
  if (style !== '>' && style !== '>-' && style !== '|' && style !== '|-') bail();
  const folded = style[0] === '>';
  const start = i + 1;
  if (start >= lines.length || kinds[start] === 1) bail();
  const indent = indents[start]!;
  if (indent <= column) bail();
  let out = '';
  let blanks = 0;
  let k = start;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (kinds[k] === 1) {
      if (line.length > indent) bail(); // spaces beyond the indentation are content
      blanks++;
      continue;
    }
    if (indents[k]! < indent) break;
    if (indents[k]! > indent) bail(); // more-indented lines fold differently
    const text = line.slice(indent);
    if (text.endsWith(' ')) bail();
    if (k === start) out = text;
    else if (folded) out += blanks === 0 ? ` ${text}` : `${'\n'.repeat(blanks)}${text}`;
    else out += `${'\n'.repeat(blanks + 1)}${text}`;
    blanks = 0;
  }
  return [style.endsWith('-') ? out : `${out}\n`, k];
}
