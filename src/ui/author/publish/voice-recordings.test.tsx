import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkScenarioSource, scenarioTemplate } from '../../../engine/authoring';
import { readPack } from '../../../export/packs';
import { downloadFile } from '../../common/download-file';
import { PublishPanel } from './publish-panel';

const audio = vi.hoisted(() => ({ playVoice: vi.fn(), stopVoice: vi.fn() }));
vi.mock('../../common/download-file', () => ({ downloadFile: vi.fn() }));
vi.mock('../../audio/audio-context', () => ({ useAudio: () => audio }));

const MP3 = new Uint8Array(readFileSync('public/audio/carer-barriers/barriers-1-ba113bac.mp3'));
const recording = (name = 'opening.mp3', bytes: BlobPart = MP3, type = 'audio/mpeg') => new File([bytes], name, { type });
const KNEE = scenarioTemplate('knee-visit');
const scenarioOf = (text: string, fileName = 'knee-visit.scenario.yaml') =>
  checkScenarioSource(text, fileName, { analyse: false }).compiled?.scenario ?? null;
const open = { fileName: 'knee-visit.scenario.yaml', text: KNEE };

/** The recordings section of one file, opened. */
async function section(fileName: string) {
  const summary = await screen.findByText((_, node) => node?.tagName === 'SUMMARY' && node.textContent?.includes(fileName) === true);
  await userEvent.click(summary);
  return within(summary.closest('details')!);
}

/** The pack handed to the download, read back as the trainee app reads it. */
function downloadedPack() {
  const bytes = vi.mocked(downloadFile).mock.calls.at(-1)![1] as Uint8Array;
  const read = readPack(bytes);
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.value;
}

beforeEach(() => {
  vi.mocked(downloadFile).mockClear();
  audio.playVoice.mockClear();
  audio.stopVoice.mockClear();
});

describe('PublishPanel voice recordings', () => {
  it('lists the patient’s lines as the player shows them, and publishes an attached recording under its line', async () => {
    render(<PublishPanel open={open} openScenario={scenarioOf(KNEE)} drafts={[]} />);
    // Closed, it draws no rows: a long file's would be redrawn on every check while the author types.
    expect(screen.queryByLabelText('Add recording for opening-1')).toBeNull();
    const voices = await section('knee-visit.scenario.yaml');
    expect(screen.getByText('Voice recordings for knee-visit.scenario.yaml (0 of 4 lines)')).toBeVisible();
    expect(voices.getByText("“Let me guess. Another round of exercises that won't work.”")).toBeVisible();
    expect(voices.getByText(/^Plan · ending “A plan that fits” ·/)).toBeVisible();

    await userEvent.upload(voices.getByLabelText('Add recording for opening-1'), recording());
    expect(await voices.findByText('opening.mp3 (MP3, 34 kB)')).toBeVisible();
    expect(screen.getByText('Voice recordings for knee-visit.scenario.yaml (1 of 4 lines)')).toBeVisible();
    expect(voices.queryByLabelText('Add recording for opening-1')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Publish a pack' }));
    await screen.findByText(/^Downloaded knee-visit\.cgpack\.zip/);
    const pack = downloadedPack();
    expect(pack.manifest.scenarios[0]!.clips).toEqual([{ line: 'opening-1', file: 'audio/knee-visit/1.mp3' }]);
    expect(pack.clips.get('audio/knee-visit/1.mp3')).toEqual(MP3);
  });

  it('refuses a file that is not sound, or too big, in plain words, shows its name as text, and attaches nothing', async () => {
    render(<PublishPanel open={open} openScenario={scenarioOf(KNEE)} drafts={[]} />);
    const voices = await section('knee-visit.scenario.yaml');
    const name = '<img src=x onerror=alert(1)>.mp3';
    await userEvent.upload(voices.getByLabelText('Add recording for opening-1'), recording(name, '<html>not sound</html>'));
    const alert = await voices.findByRole('alert');
    expect(alert).toHaveTextContent(`“${name}” is not an MP3, Ogg or WAV sound file (its contents were checked, not its name).`);
    expect(alert.querySelector('img')).toBeNull();

    await userEvent.upload(
      voices.getByLabelText('Add recording for opening-1'),
      recording('long.wav', new Uint8Array(3_000_000), 'audio/wav'),
    );
    expect(await voices.findByRole('alert')).toHaveTextContent('“long.wav” is 3 MB; a recording may be at most 2 MB.');
    expect(screen.getByText('Voice recordings for knee-visit.scenario.yaml (0 of 4 lines)')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Publish a pack' }));
    await screen.findByText(/^Downloaded knee-visit\.cgpack\.zip/);
    expect(downloadedPack().manifest.scenarios[0]!.clips).toBeUndefined();
  });

  it('plays a recording from its own bytes, and removes it', async () => {
    const made: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:clip-${made.push(blob as Blob)}`);
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<PublishPanel open={open} openScenario={scenarioOf(KNEE)} drafts={[]} />);
    const voices = await section('knee-visit.scenario.yaml');
    await userEvent.upload(voices.getByLabelText('Add recording for opening-1'), recording());
    await voices.findByText('opening.mp3 (MP3, 34 kB)');
    await userEvent.click(await voices.findByRole('button', { name: 'Play the recording for opening-1' }));
    expect(audio.playVoice).toHaveBeenCalledWith('blob:clip-1', 'mp3');
    expect(made[0]!.type).toBe('audio/mpeg');
    expect(new Uint8Array(await made[0]!.arrayBuffer())).toEqual(MP3);

    await userEvent.click(voices.getByRole('button', { name: 'Remove the recording for opening-1' }));
    expect(audio.stopVoice).toHaveBeenCalled();
    expect(revoke).toHaveBeenCalledWith('blob:clip-1');
    expect(voices.getByLabelText('Add recording for opening-1')).toBeInTheDocument();
    create.mockRestore();
    revoke.mockRestore();
  });

  it('lists a ticked draft’s lines too, and publishes its recordings with it', async () => {
    const back = scenarioTemplate('back-visit');
    const drafts = [{ id: 'back-visit.scenario.yaml', fileName: 'back-visit.scenario.yaml', text: back, updatedAt: 1 }];
    render(<PublishPanel open={open} openScenario={scenarioOf(KNEE)} drafts={drafts} />);
    expect(screen.queryByText(/Voice recordings for back-visit/)).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'back-visit.scenario.yaml' }));
    const voices = await section('back-visit.scenario.yaml');
    await userEvent.upload(await voices.findByLabelText('Add recording for plan-1'), recording('plan.mp3'));
    await voices.findByText('plan.mp3 (MP3, 34 kB)');

    await userEvent.click(screen.getByRole('button', { name: 'Publish a pack' }));
    await screen.findByText(/^Downloaded scenarios-/);
    const [knee, backVisit] = downloadedPack().manifest.scenarios;
    expect(knee!.clips).toBeUndefined();
    expect(backVisit!.clips).toEqual([{ line: 'plan-1', file: 'audio/back-visit/1.mp3' }]);
  });

  it('lists a recording whose line the file no longer has, which stops publishing until it is removed', async () => {
    const { rerender } = render(<PublishPanel open={open} openScenario={scenarioOf(KNEE)} drafts={[]} />);
    const voices = await section('knee-visit.scenario.yaml');
    await userEvent.upload(voices.getByLabelText('Add recording for plan-1'), recording('plan.mp3'));
    await voices.findByText('plan.mp3 (MP3, 34 kB)');

    const renamed = KNEE.replaceAll('plan-1', 'plan-2');
    rerender(<PublishPanel open={{ ...open, text: renamed }} openScenario={scenarioOf(renamed)} drafts={[]} />);
    expect(voices.getByText(/^Recordings for lines knee-visit.scenario.yaml no longer has/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Publish a pack' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('a voice clip is given for "plan-1", which is not a node or ending');

    await userEvent.click(voices.getByRole('button', { name: 'Remove the recording for plan-1' }));
    expect(voices.queryByText(/no longer has/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Publish a pack' }));
    await screen.findByText(/^Downloaded knee-visit\.cgpack\.zip/);
  });
});
