import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkScenarioSource, scenarioTemplate } from '../../../engine/authoring';
import { downloadFile } from '../../common/download-file';
import { PublishPanel } from './publish-panel';

vi.mock('../../common/download-file', () => ({ downloadFile: vi.fn() }));

const scenarioOf = (text: string) => checkScenarioSource(text, 'knee-visit.scenario.yaml', { analyse: false }).compiled?.scenario ?? null;

describe('PublishPanel', () => {
  it('publishes the open file and the drafts ticked, as one pack download', async () => {
    const user = userEvent.setup();
    const drafts = [
      { id: 'back-visit.scenario.yaml', fileName: 'back-visit.scenario.yaml', text: scenarioTemplate('back-visit'), updatedAt: 1 },
    ];
    const text = scenarioTemplate('knee-visit');
    render(<PublishPanel open={{ fileName: 'knee-visit.scenario.yaml', text }} openScenario={scenarioOf(text)} drafts={drafts} />);
    await user.click(screen.getByRole('checkbox', { name: 'back-visit.scenario.yaml' }));
    await user.click(screen.getByRole('button', { name: 'Publish a pack' }));
    expect(
      await screen.findByText(/^Downloaded scenarios-.*\.cgpack\.zip with “Replace with a short title”, “Replace with a short title”\.$/),
    ).toBeVisible();
    expect(vi.mocked(downloadFile)).toHaveBeenCalledWith(
      expect.stringMatching(/\.cgpack\.zip$/),
      expect.any(Uint8Array),
      'application/zip',
    );
  });

  it('says why nothing was published when the open file has an error', async () => {
    const user = userEvent.setup();
    vi.mocked(downloadFile).mockClear();
    render(
      <PublishPanel
        open={{ fileName: 'knee-visit.scenario.yaml', text: 'schemaVersion: 1\nid: knee-visit\n' }}
        openScenario={null}
        drafts={[]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Publish a pack' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Nothing was published:.*knee-visit.scenario.yaml has \d+ errors?/);
    expect(vi.mocked(downloadFile)).not.toHaveBeenCalled();
  });

  it('says voices are optional and kept only while the page is open, and names a file whose lines point at app sound files the pack does not carry', async () => {
    const user = userEvent.setup();
    const text = scenarioTemplate('knee-visit').replace(/^(\s+)text: (.*)$/m, '$1text: $2\n$1audio: audio/knee/opening.mp3');
    render(<PublishPanel open={{ fileName: 'knee-visit.scenario.yaml', text }} openScenario={scenarioOf(text)} drafts={[]} />);
    expect(screen.getByText(/lines without one are shown as captions/)).toHaveTextContent(/after a reload, attach them again/);
    await user.click(screen.getByRole('button', { name: 'Publish a pack' }));
    expect(
      await screen.findByText(
        (_, node) =>
          node?.tagName === 'P' &&
          /^knee-visit\.scenario\.yaml names sound files of this app \(audio:\)\. The pack does not carry them/.test(
            node.textContent ?? '',
          ),
      ),
    ).toBeVisible();
  });
});
