import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../app/app';
import { spyAudioPort } from '../test-util/render-app';
import { backPainScenario } from '../../engine/testing';
import { fakeSource } from '../test-util/fixtures';
import type { StorePort } from '../data/store-port';
import { rememberPractised } from './practice-hint';

const source = fakeSource([backPainScenario()]);

/** The library before storage has loaded (its chunk is fetched after first paint): the store never arrives. */
function renderBeforeStorage() {
  window.history.replaceState(null, '', '#/');
  return render(<App loadStore={() => new Promise<StorePort>(() => {})} scenarios={source} audio={spyAudioPort()} />);
}

afterEach(() => localStorage.clear());

describe('LibraryPage before storage loads (no layout shift when records arrive)', () => {
  it('already shows the welcome panel to a first-time trainee, with no scores to wait for', async () => {
    renderBeforeStorage();
    expect(await screen.findByRole('heading', { name: /New here\? Start with “Nobody listens”/ })).toBeInTheDocument();
    const card = screen.getByRole('heading', { name: 'Nobody listens' }).closest('article');
    if (!card) throw new Error('no card');
    expect(within(card).getByText('Not completed yet')).toBeInTheDocument();
  });

  it('leaves the welcome panel out for a trainee who has practised here, with a placeholder for scores', async () => {
    rememberPractised(true);
    renderBeforeStorage();
    const card = (await screen.findByRole('heading', { name: 'Nobody listens' })).closest('article');
    if (!card) throw new Error('no card');
    expect(screen.queryByRole('heading', { name: /New here/ })).not.toBeInTheDocument();
    expect(within(card).getByText('Loading')).toBeInTheDocument();
    expect(within(card).queryByText('Not completed yet')).not.toBeInTheDocument();
  });
});
