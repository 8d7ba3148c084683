import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError } from '../offline/chunk-load-error';

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
    // The screen's code could not be downloaded: offline before it was stored, or replaced by a new version.
    const notLoaded = isChunkLoadError(error);
    const offline = notLoaded && !navigator.onLine;
    return (
      <section className="panel error-panel" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">
          {offline ? "You're offline" : notLoaded ? 'This screen could not be downloaded' : 'Something went wrong on this screen'}
        </h1>
        <p>
          {offline
            ? 'This screen is not stored on this device yet, so it needs a connection.'
            : notLoaded
              ? 'The connection may have dropped, or Common Ground has just been updated.'
              : 'Sorry, this part of Common Ground stopped working.'}{' '}
          Your saved conversations and progress are safe — they are kept on this device.
        </p>
        <p>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {notLoaded ? 'Try again' : 'Reload the page'}
          </button>{' '}
          <a className="button" href="#/" onClick={() => this.setState({ error: null })}>
            Back to the library
          </a>
        </p>
        {!notLoaded && (
          <details>
            <summary>Technical details</summary>
            <pre className="error-detail">{error.message}</pre>
          </details>
        )}
      </section>
    );
  }
}
