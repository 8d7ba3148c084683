import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { runValidation } from '../validation/run-validation';
import { GOOD } from '../testing/author-fixtures';
import { PreviewPanel } from './preview-panel';

const checked = (source: string, analyse = true) =>
  runValidation({ version: 1, source, fileName: 'sample.scenario.yaml', analyse }).compiled;
const responses = () => screen.getByRole('group', { name: 'Preview responses' });

describe('PreviewPanel', () => {
  it('asks for a file without errors first', () => {
    render(<PreviewPanel compiled={null} />);
    expect(screen.getByText(/needs a file without errors/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start preview' })).not.toBeInTheDocument();
  });

  it('plays from the start to an ending with choices as buttons, and scores it', async () => {
    render(<PreviewPanel compiled={checked(GOOD)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start preview' }));
    expect(screen.getByText(/Let me guess/)).toBeInTheDocument();
    expect(within(responses()).getAllByRole('button')).toHaveLength(3); // two responses and the time limit
    await userEvent.click(within(responses()).getByRole('button', { name: /tried a lot already.*\[CR\]/ }));
    await userEvent.click(within(responses()).getByRole('button', { name: /research says works/ }));
    expect(screen.getByRole('heading', { name: 'Ending: A reluctant yes (partial)' })).toBeInTheDocument();
    expect(screen.getByText(/Score of this preview: \d+ out of 100/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('starts at any node with the patient state the author sets, and routes on it', async () => {
    render(<PreviewPanel compiled={checked(GOOD, false)} />);
    const anger = screen.getByRole('spinbutton', { name: 'Anger value' });
    await userEvent.clear(anger);
    await userEvent.type(anger, '90');
    expect(screen.getByRole('slider', { name: 'Anger' })).toHaveValue('90');
    await userEvent.click(screen.getByRole('button', { name: 'Start preview' }));
    // PERS and REAS raise anger further; pushing the sheet at 70 or more leads to the walk-out.
    await userEvent.click(within(responses()).getByRole('button', { name: /stick with them/ }));
    await userEvent.click(within(responses()).getByRole('button', { name: /most like to be able to do again/ }));
    await userEvent.click(within(responses()).getByRole('button', { name: /three sets of ten/ }));
    expect(screen.getByRole('heading', { name: 'Ending: Walked out (escalated)' })).toBeInTheDocument();
    expect(screen.getByText(/appears once the route analysis has run/)).toBeInTheDocument();
  });

  it('starts from a chosen node, lets the time run out, and stops', async () => {
    render(<PreviewPanel compiled={checked(GOOD, false)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start preview' }));
    await userEvent.click(within(responses()).getByRole('button', { name: /Let the time run out \(30 s limit\)/ }));
    expect(screen.getByText(/Nobody has asked me/)).toBeInTheDocument();
    expect(screen.getByText(/\(silence: the time ran out\)/)).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Start at node'), 'plan-1');
    await userEvent.click(screen.getByRole('button', { name: 'Start preview' }));
    expect(screen.getByText(/Node/)).toHaveTextContent('Node plan-1, phase plan');
    await userEvent.click(screen.getByRole('button', { name: 'Stop preview' }));
    expect(screen.queryByRole('group', { name: 'Preview responses' })).not.toBeInTheDocument();
  });

  it('notices when the file changed under a running preview', async () => {
    const { rerender } = render(<PreviewPanel compiled={checked(GOOD, false)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Start preview' }));
    rerender(<PreviewPanel compiled={checked(GOOD.replace('Arms folded.', 'Looks away.'), false)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Restart with the changes' }));
    expect(screen.getByText('(Looks away.)')).toBeInTheDocument();
  });
});
