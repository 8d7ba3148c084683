import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test-util/render-app';

describe('FreeTextSection', () => {
  it('saves the mode and the keep-typed-words switch, and says what is kept and where', async () => {
    const user = userEvent.setup();
    const { store } = renderApp({ hash: '#/settings' });
    const section = await screen.findByRole('region', { name: 'Free-text mode' });
    expect(within(section).getByRole('radio', { name: 'Off' })).toBeChecked();
    expect(within(section).getByText(/kept with the attempt on this device.*learning record store/)).toBeInTheDocument();

    await user.click(within(section).getByRole('radio', { name: 'Ask at the start of each attempt' }));
    await user.click(within(section).getByRole('checkbox', { name: 'Keep typed words' }));
    await waitFor(() => expect(store.data.settings).toMatchObject({ freeTextMode: 'ask', keepTypedWords: false }));
    expect(within(section).getByText(/only choose the closest option and are then dropped/)).toBeInTheDocument();
  });
});
