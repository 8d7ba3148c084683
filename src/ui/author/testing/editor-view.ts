import { screen } from '@testing-library/react';
import { EditorView } from 'codemirror';

/** The CodeMirror view on the page, to read its text and cursor or make an edit as typing would. */
export function editorView(): EditorView {
  const dom = screen.getByTestId('yaml-editor').querySelector<HTMLElement>('.cm-editor');
  const view = dom && EditorView.findFromDOM(dom);
  if (!view) throw new Error('No CodeMirror editor on the page');
  return view;
}

/** Replaces the first `from` with `to`, as a keystroke-sized edit in the editor. */
export function replaceInEditor(from: string, to: string): void {
  const view = editorView();
  const at = view.state.doc.toString().indexOf(from);
  if (at === -1) throw new Error(`"${from}" is not in the editor`);
  view.dispatch({ changes: { from: at, to: at + from.length, insert: to } });
}

export function cursorLine(): number {
  const view = editorView();
  return view.state.doc.lineAt(view.state.selection.main.head).number;
}
