import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as CoderClientModule from '../../free-text/coder-client';
import { runValidation } from '../validation/run-validation';
import { GOOD } from '../testing/author-fixtures';
import { PreviewPanel } from './preview-panel';

// jsdom has no Worker: the page's reader runs the real coder in this thread instead.
vi.mock('../../free-text/coder-client', async (original) => {
  const actual = await original<typeof CoderClientModule>();
  const { inThreadCoderClient } = await import('../../free-text/testing-coder');
  const { client, release } = inThreadCoderClient();
  release();
  return { ...actual, sharedCoderClient: () => client };
});

describe('the Author preview in free-text mode', () => {
  it('routes typed words to the closest option, says so, and goes on', async () => {
    const user = userEvent.setup();
    render(<PreviewPanel compiled={runValidation({ version: 1, source: GOOD, fileName: 'sample.scenario.yaml', analyse: true }).compiled} />);
    await user.click(screen.getByRole('button', { name: 'Start preview' }));
    await user.click(screen.getByRole('checkbox', { name: /Play in free-text mode/ }));
    expect(screen.getByRole('group', { name: 'Preview responses', hidden: true })).not.toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'What would you say?' }), 'It sounds like you have tried a lot already.{Enter}');
    expect(await screen.findByText(/I read this as a complex reflection/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Last response “It sounds like you have tried a lot already\.” read as complex reflection \[CR\]/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });
});
