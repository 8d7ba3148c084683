import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

function Broken(): never {
  throw new Error('kaput');
}

describe('ErrorBoundary', () => {
  it('replaces a crashed screen with a friendly message and a way back', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
      // React reports caught errors through console.error by default; the boundary logs its own warning.
      { onCaughtError: () => {} },
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong on this screen' })).toBeInTheDocument();
    expect(screen.getByText(/saved conversations and progress are safe/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '#/');
    expect(screen.getByText('kaput')).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
  });

  it('says plainly that a screen could not be downloaded while offline, with no module address, and offers to try again', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    function NotDownloaded(): never {
      throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/play-page-CNw4KC76.js');
    }
    render(
      <ErrorBoundary>
        <NotDownloaded />
      </ErrorBoundary>,
      { onCaughtError: () => {} },
    );
    expect(screen.getByRole('heading', { name: "You're offline" })).toBeInTheDocument();
    expect(screen.getByText(/not stored on this device yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText(/play-page-CNw4KC76|dynamically imported/)).not.toBeInTheDocument();
    online.mockRestore();
  });
});
