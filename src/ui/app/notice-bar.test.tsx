import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppDataProvider } from '../data/app-data-provider';
import { NoticeBar } from './notice-bar';

describe('NoticeBar', () => {
  it('says that saved data could not be opened as a failed read is said everywhere, and what it means', async () => {
    render(
      <AppDataProvider loadStore={() => Promise.reject(new Error('This browser keeps no saved data in private windows.'))}>
        <NoticeBar />
      </AppDataProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your saved data. This browser keeps no saved data in private windows.');
    expect(alert).toHaveTextContent('Conversations will not be saved.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
