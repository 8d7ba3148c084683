import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test-util/render-app';
import { STORED_LOCAL_KEYS, STORED_TABLES } from './stored-data';

describe('PrivacyPage', () => {
  it('lists every kind of record kept, how long, and how to erase it', async () => {
    renderApp({ hash: '#/privacy' });
    await screen.findByRole('heading', { level: 1, name: 'Privacy' });
    const database = screen.getByRole('list', { name: 'Records in the database' });
    for (const kind of Object.values(STORED_TABLES)) {
      const item = within(database).getByRole('heading', { level: 3, name: kind.title }).closest('li')!;
      expect(item).toHaveTextContent(kind.what);
      expect(item).toHaveTextContent(`Kept: ${kind.howLong}`);
    }
    const local = screen.getByRole('list', { name: 'Entries in localStorage and sessionStorage' });
    expect(within(local).getAllByRole('listitem')).toHaveLength(Object.keys(STORED_LOCAL_KEYS).length);
    expect(screen.getByRole('heading', { level: 2, name: 'How to erase it' })).toBeVisible();
    expect(screen.getByText(/Erase everything on this device/)).toBeVisible();
    expect(screen.getByText(/privacy screen, not encryption/)).toBeVisible();
    expect(screen.getByText(/your display name is never sent/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Privacy' })).toHaveAttribute('aria-current', 'page');
  });
});
