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
});
