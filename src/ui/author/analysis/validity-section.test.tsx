import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyseScenario, analyseValidity, type Scenario } from '../../../engine/authoring';
import { longestWins, noCues } from '../../../engine/testing';
import { ValiditySection } from './validity-section';

function renderFor(scenario: Scenario) {
  const compiled = { scenario };
  const analysis = analyseScenario(compiled);
  const validity = analyseValidity(compiled, analysis);
  render(<ValiditySection compiled={compiled} analysis={analysis} validity={validity} />);
  return validity;
}

describe('ValiditySection', () => {
  it('charts each rule’s score beside the expert route, and says where each ends', () => {
    const validity = renderFor(longestWins());
    expect(screen.getByRole('heading', { name: 'Score validity' })).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Scores without reading the patient/ });
    expect(chart).toHaveTextContent('Expert (best) route');
    expect(chart).toHaveTextContent('Always the longest option');
    const table = screen.getByRole('table', { name: 'Where each rule ends' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe(`Expert (best) route${validity.expert.score}alliance`);
    expect(rows[1]).toMatch(/^Always the first option.*escalated$/);
    expect(rows[4]).toMatch(/^Random choice.*\(of 64 plays\)$/);
  });

  it('gives the option statistics and the expert route’s MITI bands', () => {
    renderFor(longestWins());
    expect(screen.getByText('Best response is the longest option').nextSibling).toHaveTextContent(
      '2 of 2 decisions on the best route (100%; guessing would give 50%)',
    );
    expect(screen.getByText('Decisions with only one harmless option').nextSibling).toHaveTextContent('2 of 2 (100%)');
    const miti = screen.getByRole('table', { name: 'MITI indicators of the expert route' });
    expect(within(miti).getByRole('row', { name: /Reflections per question/ })).toHaveTextContent('1fair');
  });

  it('advises in plain words when a score-validity lint fires', () => {
    renderFor(longestWins());
    const advice = within(screen.getByRole('list', { name: 'Score-validity advice' })).getAllByRole('listitem');
    expect(advice.map((li) => li.textContent?.slice(0, 6))).toEqual(expect.arrayContaining(['SCN130', 'SCN131']));
    expect(advice.find((li) => li.textContent?.startsWith('SCN131'))).toHaveTextContent(/length gives it away/);
  });

  it('says so when nothing fires', () => {
    renderFor(noCues());
    expect(screen.getByText(/No score-validity warnings/)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Score-validity advice' })).not.toBeInTheDocument();
  });
});
