import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';
import { EditorView } from 'codemirror';

/**
 * Colours come from the app's tokens and author.css, so the editor follows
 * dark mode and keeps 4.5:1 contrast (CodeMirror's default style does not
 * on a dark background).
 */
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--author-code-key)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string), tags.content], color: 'var(--author-code-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--author-code-atom)' },
  { tag: [tags.comment, tags.lineComment, tags.meta], color: 'var(--author-code-comment)', fontStyle: 'italic' },
  { tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], color: 'var(--color-text-muted)' },
  { tag: [tags.labelName, tags.typeName, tags.keyword], color: 'var(--author-code-atom)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--color-text)', backgroundColor: 'var(--color-surface)', height: '100%', fontSize: '0.9375rem' },
  '.cm-content': { caretColor: 'var(--color-text)', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--color-text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--color-surface-muted)',
    color: 'var(--color-text-muted)',
    borderRight: '1px solid var(--color-border)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--author-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--author-active-line)', color: 'var(--color-text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--author-selection)' },
  '.cm-scroller': { overflow: 'auto', lineHeight: '1.5' },
  '.cm-tooltip': { backgroundColor: 'var(--color-surface)', color: 'var(--color-text)', border: '1px solid var(--color-control-border)' },
  '.cm-panels': { backgroundColor: 'var(--color-surface-muted)', color: 'var(--color-text)' },
});

export const editorTheme: Extension = [theme, syntaxHighlighting(highlight)];
