import { describe, expect, it } from 'vitest';
import { createLrsGate } from './lrs-gate';

const lrs = { endpoint: 'https://lrs.example/xapi/', key: 'k', secret: 's', homePage: 'https://uni.example' };

describe('createLrsGate', () => {
  it('opens only while settings hold an LRS', async () => {
    expect(await createLrsGate(async () => ({ lrs: null }))()).toBe(false);
    expect(await createLrsGate(async () => ({ lrs }))()).toBe(true);
  });

  it('reads the settings on every call, so a newly configured LRS applies at once', async () => {
    let current: typeof lrs | null = null;
    const gate = createLrsGate(async () => ({ lrs: current }));
    expect(await gate()).toBe(false);
    current = lrs;
    expect(await gate()).toBe(true);
  });

  it('opens for a tab launched with LRS access, whatever settings hold', async () => {
    expect(
      await createLrsGate(
        async () => ({ lrs: null }),
        () => true,
      )(),
    ).toBe(true);
  });

  it('stays closed when the settings cannot be read', async () => {
    expect(await createLrsGate(() => Promise.reject(new Error('blocked')))()).toBe(false);
  });
});
