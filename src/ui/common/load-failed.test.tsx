import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoadFailed } from './load-failed';

describe('LoadFailed', () => {
  it('says what did not load and why, as an alert, and offers to try again', async () => {
    const onRetry = vi.fn();
    render(<LoadFailed what="your history" error="The browser refused to read saved records." onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load your history. The browser refused to read saved records.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
