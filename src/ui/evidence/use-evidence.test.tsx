import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

describe('useEvidence', () => {
  it('asks for the evidence only once the first screen is shown', async () => {
    vi.resetModules();
    const loads = vi.fn();
    vi.doMock('./load-evidence', () => ({ loadEvidence: () => (loads(), Promise.resolve(new Map())) }));
    const { useEvidence } = await import('./use-evidence');
    const { firstScreenShown } = await import('../common/after-first-screen');
    const { result } = renderHook(() => useEvidence());
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(loads).not.toHaveBeenCalled();
    expect(result.current.status).toBe('loading');
    firstScreenShown();
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(loads).toHaveBeenCalledOnce();
    vi.doUnmock('./load-evidence');
  });
});
