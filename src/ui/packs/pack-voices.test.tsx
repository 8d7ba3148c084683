import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkScenarioSource, scenarioTemplate } from '../../engine/authoring';
import type { PackClipRecord } from '../../storage/storage.types';
import { renderApp } from '../test-util/render-app';
import { storeWithPacks } from './testing/pack-store';

const compiled = checkScenarioSource(scenarioTemplate('knee-visit'), 'knee-visit.scenario.yaml').compiled!;
const record = {
  contentHash: compiled.contentHash,
  scenarioId: 'knee-visit',
  compiled,
  pack: { name: 'week-3.cgpack.zip', publishedAt: '2026-12-01T10:00:00.000Z' },
  addedAt: 1,
  replacedAt: null,
};
const mp3 = new Uint8Array(readFileSync('public/audio/carer-barriers/barriers-1-ba113bac.mp3'));
const opening: PackClipRecord = {
  contentHash: compiled.contentHash,
  scenarioId: 'knee-visit',
  line: compiled.scenario.start,
  kind: 'mp3',
  bytes: mp3,
};

// jsdom has no object URLs: each test gets stand-ins, and whatever was there before is put back.
const real = {
  create: Object.getOwnPropertyDescriptor(URL, 'createObjectURL'),
  revoke: Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL'),
};
let made: Blob[] = [];
const create = vi.fn((blob: Blob) => `blob:voice-${made.push(blob)}`);
const revoke = vi.fn((_url: string) => {});
beforeEach(() => {
  made = [];
  create.mockClear();
  revoke.mockClear();
  Object.defineProperty(URL, 'createObjectURL', { value: create, configurable: true, writable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: revoke, configurable: true, writable: true });
});
afterEach(() => {
  for (const [name, descriptor] of [
    ['createObjectURL', real.create],
    ['revokeObjectURL', real.revoke],
  ] as const) {
    if (descriptor) Object.defineProperty(URL, name, descriptor);
    else Reflect.deleteProperty(URL, name);
  }
});

describe('a pack scenario’s voice clips', () => {
  it('are played from object URLs of the stored bytes, and the URLs are revoked on leaving', async () => {
    const store = await storeWithPacks();
    await store.packScenarios!.add([record], [opening]);
    const { audio } = renderApp({ hash: '#/play/knee-visit', store });
    await screen.findByRole('group', { name: 'Responses' });
    await waitFor(() => expect(audio.playVoice).toHaveBeenCalledWith('blob:voice-1', 'mp3'));
    expect(audio.playVoice).toHaveBeenCalledTimes(1);
    expect(audio.speak).not.toHaveBeenCalled();
    expect(made[0]!.type).toBe('audio/mpeg');
    expect(new Uint8Array(await made[0]!.arrayBuffer())).toEqual(mp3);

    window.location.hash = '#/';
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Responses' })).toBeNull());
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:voice-1'));
  });

  it('leave a pack scenario without clips silent (or spoken by the speech setting), with no object URL made', async () => {
    const store = await storeWithPacks();
    await store.packScenarios!.add([record]);
    const { audio } = renderApp({ hash: '#/play/knee-visit', store });
    await screen.findByRole('group', { name: 'Responses' });
    await waitFor(() => expect(audio.playCue).toHaveBeenCalled());
    expect(audio.playVoice).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });

  it('that cannot be read are said to be missing, as any failed read is, while the lines still play; Try again reads them again', async () => {
    const store = await storeWithPacks();
    await store.packScenarios!.add([record], [opening]);
    const packs = store.packScenarios!;
    const clips = vi.fn(packs.clips).mockRejectedValueOnce(new Error('The browser refused to read it.'));
    const { audio } = renderApp({ hash: '#/play/knee-visit', store: { ...store, packScenarios: { ...packs, clips } } });
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('Could not load this scenario’s voice clips. The browser refused to read it.');
    await waitFor(() => expect(audio.playCue).toHaveBeenCalled());
    expect(audio.playVoice).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText(/voice clips/)).toBeNull());
    expect(clips).toHaveBeenCalledTimes(2);
    expect(create).toHaveBeenCalledTimes(1);
  });
});
