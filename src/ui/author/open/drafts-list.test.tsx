import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DraftsList } from './drafts-list';

const drafts = [
  { id: 'b.scenario.yaml', fileName: 'b.scenario.yaml', text: 'id: b', updatedAt: 2 },
  { id: 'a.scenario.yaml', fileName: 'a.scenario.yaml', text: 'id: a', updatedAt: 1 },
];

describe('DraftsList', () => {
  it('opens a draft with its text and time', async () => {
    const onOpen = vi.fn();
    render(<DraftsList drafts={drafts} onOpen={onOpen} onDelete={() => {}} formatTime={(at) => `t${at}`} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open a.scenario.yaml' }));
    expect(onOpen).toHaveBeenCalledWith('a.scenario.yaml', 'id: a', 1);
  });

  it('asks before deleting, and keeps the draft when the author changes their mind', async () => {
    const onDelete = vi.fn();
    render(<DraftsList drafts={drafts} onOpen={() => {}} onDelete={onDelete} formatTime={(at) => `t${at}`} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete the draft of b.scenario.yaml' }));
    expect(screen.getByRole('dialog', { name: 'Delete the draft of b.scenario.yaml?' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onDelete).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete the draft of b.scenario.yaml' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete the draft' }));
    expect(onDelete).toHaveBeenCalledWith('b.scenario.yaml');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows nothing when there are no drafts', () => {
    const { container } = render(<DraftsList drafts={[]} onOpen={() => {}} onDelete={() => {}} formatTime={String} />);
    expect(container).toBeEmptyDOMElement();
  });
});
