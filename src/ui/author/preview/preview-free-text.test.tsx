import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inThreadWorker } from '../../free-text/testing-coder';
import { GOOD } from '../testing/author-fixtures';
import { runValidation } from '../validation/run-validation';
import { PreviewPanel } from './preview-panel';

// jsdom has no Worker: the page's own reader (sharedCoderClient) gets one that runs the real coder in this thread.
// A stubbed global, not a module mock, so nothing the preview imports is replaced.
beforeEach(() => {
  vi.stubGlobal(
    'Worker',
    class {
      constructor() {
        return inThreadWorker();
      }
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Author preview in free-text mode', () => {
  it('routes typed words to the closest option, says how they were read, and goes on', async () => {
    const user = userEvent.setup();
    render(
      <PreviewPanel compiled={runValidation({ version: 1, source: GOOD, fileName: 'sample.scenario.yaml', analyse: true }).compiled} />,
    );
    await user.click(screen.getByRole('button', { name: 'Start preview' }));
    await user.click(screen.getByRole('checkbox', { name: /Play in free-text mode/ }));
    // The option buttons step aside: the author answers in words, as a trainee would.
    expect(screen.queryByRole('group', { name: 'Preview responses' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'What would you say?' }), 'It sounds like you have tried a lot already.{Enter}');
    expect(await screen.findByText(/I read this as a complex reflection/)).toBeInTheDocument();
    await user.keyboard('{Enter}');

    expect(await screen.findByText(/^Last response/)).toHaveTextContent(
      /Last response “It sounds like you have tried a lot already\.” read as complex reflection \[CR\] went on through “.*tried a lot already.*” \(the closest option\)\./,
    );
    // The turn is in the preview's log, and the next decision's box is empty and ready.
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'What would you say?' })).toHaveValue('');
  });
});
