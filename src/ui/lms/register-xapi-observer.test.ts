import { afterEach, describe, expect, it, vi } from 'vitest';
import { attemptEvents } from '../play/attempt-observers';
import { registerXapiObserver } from './register-xapi-observer';

const service = { started: vi.fn(async () => {}), answered: vi.fn(), finished: vi.fn(), suspended: vi.fn() };
const sharedXapiService = vi.fn(async () => service);
vi.mock('../../export/xapi/xapi-service', () => ({ sharedXapiService }));

const info = { profileId: 'p1', scenarioId: 's', scenarioTitle: 'S', contentHash: 'h', registration: 'r', startedAt: 1, resumed: false };

afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
});

describe('registerXapiObserver', () => {
  it('loads nothing, not even after start-up, while no LRS is configured', async () => {
    vi.useFakeTimers();
    const off = registerXapiObserver(
      () => Promise.reject(new Error('unused')),
      async () => false,
    );
    attemptEvents.started(info);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sharedXapiService).not.toHaveBeenCalled();
    expect(service.started).not.toHaveBeenCalled();
    off();
  });

  it('hands attempt events to the xAPI service once an LRS is configured', async () => {
    const off = registerXapiObserver(
      () => Promise.reject(new Error('unused')),
      async () => true,
    );
    attemptEvents.started(info);
    await vi.waitFor(() => expect(service.started).toHaveBeenCalledWith(info));
    off();
  });
});
