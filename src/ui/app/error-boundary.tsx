import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/**
 * Catches a crashed screen and says so kindly. Saved progress lives in
 * storage, so a reload is always safe; the technical detail stays folded away
 * for an instructor or a bug report.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for the console of whoever files the bug; the trainee sees the message below.
    console.warn('Common Ground screen error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel error-panel" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong on this screen</h1>
        <p>
          Sorry, this part of Common Ground stopped working. Your saved conversations and progress are safe — they
          are kept on this device.
        </p>
        <p>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          <a className="button" href="#/" onClick={() => this.setState({ error: null })}>
            Back to the library
          </a>
        </p>
        <details>
          <summary>Technical details</summary>
          <pre className="error-detail">{error.message}</pre>
        </details>
      </section>
    );
  }
}
