import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import ConnectionStatus from './connection-status';
import { setUpdateReady } from './update-status';

let onLine: MockInstance<() => boolean> | null = null;

function goOffline(offline: boolean) {
  onLine ??= vi.spyOn(navigator, 'onLine', 'get');
  onLine.mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => {
  onLine?.mockRestore();
  onLine = null;
});

describe('the offline notice', () => {
  it('appears in a polite live region when the connection drops, and goes when it returns', () => {
    const { container } = render(<ConnectionStatus attemptOpen={false} />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).toBeEmptyDOMElement();
    goOffline(true);
    expect(region).toHaveTextContent("You're offline. Scenarios you open still work, and your attempts are kept on this device.");
    goOffline(false);
    expect(region).toBeEmptyDOMElement();
  });

  it('says the attempt is kept while a conversation is open', () => {
    render(<ConnectionStatus attemptOpen />);
    goOffline(true);
    expect(screen.getByText("You're offline. Your attempt is kept on this device and will be saved.")).toBeInTheDocument();
  });
});

describe('the update prompt', () => {
  it('waits while an attempt is open, then offers the reload, by keyboard too', async () => {
    const apply = vi.fn();
    const { rerender } = render(<ConnectionStatus attemptOpen />);
    act(() => setUpdateReady(apply));
    expect(screen.queryByRole('region', { name: 'New version' })).not.toBeInTheDocument();

    rerender(<ConnectionStatus attemptOpen={false} />);
    expect(screen.getByRole('region', { name: 'New version' })).toHaveTextContent('A new version of Common Ground is ready.');
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reload now' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(apply).toHaveBeenCalledOnce();
  });

  it('can be put off until the next visit', async () => {
    render(<ConnectionStatus attemptOpen={false} />);
    act(() => setUpdateReady(() => {}));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('region', { name: 'New version' })).not.toBeInTheDocument();
  });
});
