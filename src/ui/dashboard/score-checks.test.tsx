import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScenarioSourceProvider } from '../scenarios/scenario-source';
import { fakeSource } from '../test-util/fixtures';
import { exportText, genuineAttempt, raisedScore } from '../test-util/genuine-records';
import { DashboardPage } from './dashboard-page';

const source = fakeSource();
const compiled = source.compiled[0]!;
const ana = { id: 'p-ana', displayName: 'Ana', programId: null, createdAt: Date.UTC(2025, 0, 1) };
const eve = { id: 'p-eve', displayName: 'Eve', programId: null, createdAt: Date.UTC(2025, 0, 1) };
// 'dismiss' walks the patient out: a low score worth raising.
const earned = genuineAttempt(compiled, ['dismiss'], { profileId: ana.id });

function load(files: File[]) {
  render(
    <ScenarioSourceProvider source={source}>
      <DashboardPage />
    </ScenarioSourceProvider>,
  );
  fireEvent.change(screen.getByLabelText('Trainee export files'), { target: { files } });
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('the dashboard re-scores every attempt', () => {
  it('flags a raised, re-checksummed score and counts the score the transcript gives', async () => {
    load([file('ana.json', exportText([ana], [raisedScore(earned)]))]);
    const checks = (await screen.findByRole('heading', { name: 'Score checks' })).parentElement!;
    expect(within(checks).getByText(`Claimed 100, transcript gives ${earned.score!.overall}.`, { exact: false })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /per trainee and scenario/ });
    expect(within(table).getByRole('row', { name: /Ana/ })).toHaveTextContent(
      new RegExp(`^Ana${earned.score!.overall}${earned.score!.overall}1`),
    );
    expect(within(table).getByText(/1 flagged/)).toBeInTheDocument();
  });

  it('keeps the genuine trainee when a forged file for someone else with the same attempt id is loaded first', async () => {
    const forged = raisedScore({ ...earned, profileId: eve.id });
    load([file('forged.json', exportText([eve], [forged])), file('ana.json', exportText([ana], [earned]))]);
    const conflicts = (await screen.findByRole('heading', { name: 'Conflicting records' })).parentElement!;
    expect(conflicts).toHaveTextContent(/Eve in forged\.json.*Ana in ana\.json/);
    const table = screen.getByRole('table', { name: /per trainee and scenario/ });
    expect(within(table).getByRole('row', { name: /Ana/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Eve/ })).toBeInTheDocument();
  });

  it('says it cannot verify a version this app does not have, and uses the claimed score', async () => {
    load([file('ana.json', exportText([ana], [{ ...earned, contentHash: 'fnv1a64:0000000000000000' }]))]);
    const checks = (await screen.findByRole('heading', { name: 'Score checks' })).parentElement!;
    expect(checks).toHaveTextContent('1 attempt: cannot verify, because this scenario version is not in this app');
  });

  it('leaves out a record with an impossible score and says so', async () => {
    load([file('ana.json', exportText([ana], [earned, raisedScore({ ...earned, id: 'attempt-2' }, 1e9)]))]);
    const leftOut = (await screen.findByRole('heading', { name: 'Records left out' })).parentElement!;
    expect(leftOut).toHaveTextContent(
      'ana.json: The attempt at “Nobody listens” (attempts[1]) was not imported: its overall score is 1000000000, outside 0–100.',
    );
    expect(await screen.findByText(/1 attempts \(1 scored\)/)).toBeInTheDocument();
  });
});
