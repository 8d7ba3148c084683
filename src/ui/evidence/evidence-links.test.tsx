import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstScreenShown } from '../common/after-first-screen';
import { EvidenceLinks } from './evidence-links';
import { useEvidence } from './use-evidence';

function Links({ ids }: { ids: string[] }) {
  return <EvidenceLinks ids={ids} evidence={useEvidence()} label="Evidence for decision 1" />;
}

describe('EvidenceLinks', () => {
  // The evidence loads once a screen is shown; here there is no screen around the links to say so.
  beforeAll(firstScreenShown);

  it('names each cited entry and opens it in a dialog with statement, citation and confidence', async () => {
    render(<Links ids={['kinney-2020-review', 'design-parameter']} />);
    const link = await screen.findByRole('button', {
      name: 'Therapeutic alliance in physical therapy for chronic musculoskeletal pain (systematic review)',
    });
    await userEvent.click(link);
    const dialog = screen.getByRole('dialog', { name: /Therapeutic alliance in physical therapy/ });
    expect(dialog).toHaveTextContent(/stronger alliance goes with better pain outcomes/);
    expect(dialog).toHaveTextContent(/Physiother Theory Pract\. 2020/);
    expect(dialog).toHaveTextContent(/Verified: checked against the primary source/);
    expect(screen.getByRole('link', { name: /Open the source/ })).toHaveAttribute('href', 'https://doi.org/10.1080/09593985.2018.1516015');
    expect(screen.getByRole('link', { name: /Open the source/ })).toHaveFocus();

    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('link', { name: /Open the source/ })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(link).toHaveFocus();
  });

  it('says so when an id is not in the evidence base', async () => {
    render(<Links ids={['no-such-entry']} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'no-such-entry' })).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'no-such-entry' }));
    await screen.findByText('This evidence entry could not be found in this build.');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
