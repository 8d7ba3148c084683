import { useCallback, useState } from 'react';

/** The file open on the Author page. */
export interface AuthorDocument {
  /** Changes when a different file is opened, so the editor remounts with its text. */
  key: number;
  fileName: string;
  /** The text the editor was opened with. */
  initialText: string;
  /** The text as it is now. */
  text: string;
  /** When this document came back from a saved draft, the draft's time. */
  restoredFrom: number | null;
}

let nextKey = 1;

export function useAuthorDocument() {
  const [doc, setDoc] = useState<AuthorDocument | null>(null);

  const open = useCallback((fileName: string, text: string, restoredFrom: number | null = null) => {
    setDoc({ key: nextKey++, fileName, initialText: text, text, restoredFrom });
  }, []);

  const edit = useCallback((text: string) => {
    setDoc((current) => (current && current.text !== text ? { ...current, text } : current));
  }, []);

  const dismissRestored = useCallback(() => {
    setDoc((current) => (current ? { ...current, restoredFrom: null } : current));
  }, []);

  return { doc, open, edit, dismissRestored };
}
