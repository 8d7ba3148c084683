import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Diagnostic } from '../../../engine/authoring';
import { editorTheme } from './editor-theme';
import { offsetOf, toEditorDiagnostics } from './to-editor-diagnostics';

/** What the page can do to the editor: jump to a line (from a diagnostic or a graph node). */
export interface YamlEditorHandle {
  goTo: (line: number, col?: number) => void;
}

interface Props {
  /** The text the editor starts with; a new document means a new `key` on the component. */
  initialText: string;
  /** Called with the whole text after every change. */
  onChange: (text: string) => void;
  /** Diagnostics for the current text (the page drops results for older text). */
  diagnostics: readonly Diagnostic[];
  label: string;
  ref?: Ref<YamlEditorHandle>;
}

/** CodeMirror 6 with YAML highlighting and the checker's diagnostics inline. */
export function YamlEditor({ initialText, onChange, diagnostics, label, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      doc: initialText,
      parent: host.current,
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        editorTheme,
        EditorView.lineWrapping,
        // An explicit tabindex: axe does not count a bare contenteditable as focusable content of the scroller.
        EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor owns its text after mounting; a new document remounts it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch(setDiagnostics(editor.state, toEditorDiagnostics(editor.state.doc, diagnostics)));
  }, [diagnostics]);

  useImperativeHandle(ref, () => ({
    goTo(line, col = 1) {
      const editor = view.current;
      if (!editor) return;
      const at = offsetOf(editor.state.doc, line, col);
      editor.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      editor.focus();
    },
  }));

  return <div ref={host} className="author-editor" data-testid="yaml-editor" />;
}
