import { useId, type ReactNode } from 'react';

interface Props {
  accept: string;
  /** The label's look: e.g. "button button-primary". */
  className: string;
  /** Called with the picked file; the input is cleared, so picking the same file again calls it again. */
  onPick: (file: File | undefined) => void;
  children: ReactNode;
}

/**
 * A file picker that looks like a button: the real file input stays in the
 * tab order (visually hidden, its focus drawn on the label), so it works by
 * keyboard and its label names it for screen readers.
 */
export function FilePickButton({ accept, className, onPick, children }: Props) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        className="author-file-input"
        type="file"
        accept={accept}
        onChange={(event) => {
          onPick(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <label htmlFor={id} className={`${className} author-file-label`}>
        {children}
      </label>
    </>
  );
}
