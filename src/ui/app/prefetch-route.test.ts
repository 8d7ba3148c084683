import { describe, expect, it, vi } from 'vitest';
import type { StorePort } from '../data/store-port';
import type { CompiledScenario } from '../scenarios/engine';
import { prefetchRoute } from './prefetch-route';

vi.mock('./route-chunks', () => ({
  loadPlayPage: vi.fn(() => Promise.resolve({})),
  loadDebriefPage: vi.fn(() => Promise.resolve({})),
  loadHistoryPage: vi.fn(() => Promise.resolve({})),
}));

vi.mock('../profile/first-start-dialog', () => ({ loadNameForm: vi.fn(() => Promise.resolve({})) }));

const { loadDebriefPage, loadHistoryPage, loadPlayPage } = await import('./route-chunks');
const { loadNameForm } = await import('../profile/first-start-dialog');
const { rememberPractised } = await import('../library/practice-hint');

function loaders(attempt: { scenarioId: string } | null = null) {
  const get = vi.fn(() => Promise.resolve(attempt));
  const store = { attempts: { get } } as unknown as StorePort;
  return {
    get,
    loadStore: vi.fn(() => Promise.resolve(store)),
    loadScenario: vi.fn(() => Promise.resolve({} as CompiledScenario)),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('prefetchRoute', () => {
  it('starts storage for every screen but the library, which draws before its records are read', async () => {
    const l = loaders();
    prefetchRoute({ name: 'history' }, l);
    expect(l.loadStore).not.toHaveBeenCalled(); // each download is started from a task of its own
    await settle();
    expect(l.loadStore).toHaveBeenCalledOnce();
    expect(loadHistoryPage).toHaveBeenCalledOnce();
    expect(l.loadScenario).not.toHaveBeenCalled();

    const library = loaders();
    prefetchRoute({ name: 'library' }, library);
    await settle();
    expect(library.loadStore).not.toHaveBeenCalled();
    expect(library.loadScenario).not.toHaveBeenCalled();
  });

  it('fetches the first start’s name form beside storage only when the app has not run in this browser before', async () => {
    localStorage.clear();
    vi.mocked(loadNameForm).mockClear();
    prefetchRoute({ name: 'play', scenarioId: 'dismissed-before' }, loaders());
    await settle();
    expect(loadNameForm).toHaveBeenCalledOnce();
    // Even on a first visit the library draws before storage is fetched: its welcome, then the question.
    const library = loaders();
    prefetchRoute({ name: 'library' }, library);
    await settle();
    expect(library.loadStore).not.toHaveBeenCalled();

    rememberPractised(false);
    vi.mocked(loadNameForm).mockClear();
    prefetchRoute({ name: 'play', scenarioId: 'dismissed-before' }, loaders());
    prefetchRoute({ name: 'library' }, loaders());
    await settle();
    expect(loadNameForm).not.toHaveBeenCalled();

    // Instructors' pages never ask; a debrief or the history is never a first visit.
    localStorage.clear();
    prefetchRoute({ name: 'dashboard' }, loaders());
    prefetchRoute({ name: 'history' }, loaders());
    await settle();
    expect(loadNameForm).not.toHaveBeenCalled();
  });

  it('starts the play screen’s code and its scenario together', async () => {
    const l = loaders();
    prefetchRoute({ name: 'play', scenarioId: 'dismissed-before' }, l);
    await settle();
    expect(loadPlayPage).toHaveBeenCalled();
    expect(l.loadScenario).toHaveBeenCalledWith('dismissed-before');
  });

  it('fetches the play screen’s copy of the scenario when there is one, not the whole scenario', async () => {
    const l = { ...loaders(), loadForPlay: vi.fn(() => Promise.resolve({} as CompiledScenario)) };
    prefetchRoute({ name: 'play', scenarioId: 'dismissed-before' }, l);
    await settle();
    expect(l.loadForPlay).toHaveBeenCalledWith('dismissed-before');
    expect(l.loadScenario).not.toHaveBeenCalled();
  });

  it('fetches a debrief’s scenario at once when the link names it, without reading the attempt', async () => {
    const l = loaders({ scenarioId: 'other' });
    prefetchRoute({ name: 'debrief', attemptId: 'a1', scenarioId: 'demands-imaging' }, l);
    await settle();
    expect(loadDebriefPage).toHaveBeenCalled();
    expect(l.loadScenario).toHaveBeenCalledWith('demands-imaging');
    expect(l.get).not.toHaveBeenCalled();
  });

  it('reads the saved attempt for an older link, then fetches its scenario', async () => {
    const l = loaders({ scenarioId: 'insurer-suspicion' });
    prefetchRoute({ name: 'debrief', attemptId: 'a1' }, l);
    await settle();
    expect(l.get).toHaveBeenCalledWith('a1');
    expect(l.loadScenario).toHaveBeenCalledWith('insurer-suspicion');
  });

  it('leaves failures to the screens: no unhandled rejection', async () => {
    const failing = {
      loadStore: vi.fn(() => Promise.reject(new Error('no storage'))),
      loadScenario: vi.fn(() => Promise.reject(new Error('gone'))),
    };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      prefetchRoute({ name: 'debrief', attemptId: 'a1' }, failing);
      prefetchRoute({ name: 'play', scenarioId: 'x' }, failing);
      await settle();
      await settle();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    expect(unhandled).not.toHaveBeenCalled();
  });
});
