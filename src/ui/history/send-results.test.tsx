import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCohortFile } from '../../export/records';
import { playedAttempt } from '../debrief/debrief-fixtures';
import { fakeStore } from '../test-util/fake-store';
import { renderApp } from '../test-util/render-app';
import { sendOutcomeMessage, sendResults, type ShareTarget } from './send-results';

const attempt = playedAttempt(['reflect', 'goal'], { id: 'att-1', finishedAt: Date.UTC(2026, 10, 2) });
const store = () =>
  fakeStore({
    profiles: [{ id: 'p1', displayName: 'Alex Kim', programId: 'PT-101', createdAt: Date.UTC(2026, 0, 1) }],
    attempts: [attempt],
  });

/** Captures what downloadFile hands the browser (jsdom has no object URLs). */
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to put back, never called unbound
const realCreateObjectURL = URL.createObjectURL;
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to put back, never called unbound
const realRevokeObjectURL = URL.revokeObjectURL;
let restoreClick = () => {};
afterEach(() => {
  URL.createObjectURL = realCreateObjectURL;
  URL.revokeObjectURL = realRevokeObjectURL;
  restoreClick();
});

function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:results'));
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  restoreClick = () => click.mockRestore();
  return { blobs, names };
}

function fakeTarget(overrides: Partial<ShareTarget> = {}): ShareTarget & { shared: File[]; downloaded: string[] } {
  const shared: File[] = [];
  const downloaded: string[] = [];
  return {
    shared,
    downloaded,
    canShareFile: () => true,
    share: async (file) => void shared.push(file),
    download: (fileName) => void downloaded.push(fileName),
    ...overrides,
  };
}

describe('Send results', () => {
  it('on History, downloads one results file with every attempt and says what to do with it', async () => {
    const downloads = captureDownloads();
    renderApp({ hash: '#/history', store: store() });
    const panel = await screen.findByRole('region', { name: 'Send results to your instructor' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Send results' }));

    const status = await within(panel).findByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent(/saved as common-ground-results-alex-kim-pt-101-\d{4}-\d\d-\d\d\.json/));
    expect(status).toHaveTextContent('Give this file to your instructor: attach it to an email, upload it to the assignment');
    expect(downloads.names).toEqual([expect.stringMatching(/^common-ground-results-alex-kim-pt-101-/)]);

    const text = await downloads.blobs[0]!.text();
    expect(parseCohortFile(text)).toMatchObject({ ok: true });
    expect(JSON.parse(text)).toMatchObject({
      attempts: [{ id: 'att-1' }],
      kind: 'common-ground-results',
      profile: { id: 'p1', displayName: 'Alex Kim', programId: 'PT-101' },
      course: { programId: 'PT-101', appAddress: expect.stringMatching(/^http/) },
    });
  });

  it('is offered at the end of a debrief too', async () => {
    renderApp({ hash: '#/debrief/att-1', store: store() });
    const actions = await screen.findByRole('navigation', { name: 'After the debrief' });
    expect(within(actions).getByRole('button', { name: 'Send results' })).toBeInTheDocument();
  });

  it('is not offered on an empty history', async () => {
    renderApp({ hash: '#/history' });
    expect(await screen.findByRole('heading', { name: 'No attempts yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send results' })).toBeNull();
  });
});

describe('sendResults', () => {
  const exportJson = (text: string) => async () => text;
  const backup = async () => store().exportJson('p1');

  it('hands the file to the share sheet where the device has one', async () => {
    const target = fakeTarget();
    const outcome = await sendResults(exportJson(await backup()), 'p1', target, 'https://pt.example.edu/');
    expect(outcome).toMatchObject({ kind: 'shared', attempts: 1 });
    expect(target.shared.map((file) => file.name)).toEqual([expect.stringMatching(/^common-ground-results-alex-kim-pt-101-/)]);
    expect(target.downloaded).toEqual([]);
  });

  it('downloads when the device cannot share the file, or the share sheet fails; sends nothing when cancelled', async () => {
    const text = await backup();
    const cannot = fakeTarget({ canShareFile: () => false });
    expect(await sendResults(exportJson(text), 'p1', cannot)).toMatchObject({ kind: 'downloaded' });
    expect(cannot.downloaded).toHaveLength(1);

    const failing = fakeTarget({ share: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    expect(await sendResults(exportJson(text), 'p1', failing)).toMatchObject({ kind: 'downloaded' });

    const cancelled = fakeTarget({ share: async () => Promise.reject(new DOMException('cancelled', 'AbortError')) });
    const outcome = await sendResults(exportJson(text), 'p1', cancelled);
    expect(outcome).toEqual({ kind: 'cancelled' });
    expect(cancelled.downloaded).toEqual([]);
    expect(sendOutcomeMessage(outcome)).toBe('Nothing was sent.');
  });

  it('says there is nothing to send before the first attempt', async () => {
    const empty = await fakeStore().exportJson('p1');
    const outcome = await sendResults(exportJson(empty), 'p1', fakeTarget());
    expect(sendOutcomeMessage(outcome)).toMatch(/^There is nothing to send yet/);
  });
});
