import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../engine/authoring';
import { offsetOf, toEditorDiagnostics } from './to-editor-diagnostics';

const doc = Text.of(['id: sample', '    next: plan-9   ', 'last']);
const at = (line: number, col: number): Diagnostic => ({
  code: 'SCN034',
  severity: 'error',
  message: 'Unknown target.',
  file: 'x',
  line,
  col,
  path: [],
});

describe('toEditorDiagnostics', () => {
  it('underlines from the column to the end of the line’s text, with the code first', () => {
    const [mark] = toEditorDiagnostics(doc, [at(2, 11)]);
    expect(doc.sliceString(mark!.from, mark!.to)).toBe('plan-9');
    expect(mark).toMatchObject({ severity: 'error', source: 'SCN034', message: 'SCN034 Unknown target.' });
  });

  it('clamps positions outside the document instead of throwing', () => {
    const marks = toEditorDiagnostics(doc, [at(0, 0), at(99, 99), at(3, 50)]);
    expect(marks.map((m) => [m.from, m.to])).toEqual([
      [0, 10],
      [doc.length, doc.length],
      [doc.length, doc.length],
    ]);
  });

  it('finds the offset of a line and column', () => {
    expect(offsetOf(doc, 2, 5)).toBe(doc.line(2).from + 4);
    expect(offsetOf(doc, 40)).toBe(doc.line(3).from);
  });
});
