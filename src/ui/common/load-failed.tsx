import type { ReactNode } from 'react';

interface Props {
  /** What could not be read, as the end of "Could not load …" (e.g. "your history"). */
  what: string;
  /** Why, from useLoaded's `error`. */
  error: string;
  onRetry?: () => void;
  /** What the failure means for the trainee, when it is more than an empty screen. */
  children?: ReactNode;
}

/** The one way a screen says that its data did not load: what, why, and a way to try again. */
export function LoadFailed({ what, error, onRetry, children }: Props) {
  return (
    <section className="panel load-failed" role="alert">
      <p>
        Could not load {what}. {error}
      </p>
      {children && <p>{children}</p>}
      <p className="muted">Nothing was changed or deleted.</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}
