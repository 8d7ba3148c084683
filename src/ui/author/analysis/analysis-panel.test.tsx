import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RUBRIC } from '../../../engine/trainee';
import { runValidation } from '../validation/run-validation';
import { GOOD } from '../testing/author-fixtures';
import { AnalysisPanel } from './analysis-panel';

describe('AnalysisPanel', () => {
  it('waits with a reason when there is no analysis', () => {
    render(<AnalysisPanel compiled={null} stats={null} waitingFor="Running the route analysis…" />);
    expect(screen.getByText('Running the route analysis…')).toBeInTheDocument();
  });

  it('shows best and worst scores with their outcomes, routes and coverage', () => {
    const result = runValidation({ version: 1, source: GOOD, fileName: 'sample.scenario.yaml', analyse: true });
    const analysis = result.compiled!.analysis!;
    render(<AnalysisPanel compiled={result.compiled} stats={result.stats} waitingFor="" />);
    expect(screen.getByText('Best achievable score').nextSibling).toHaveTextContent(
      `${analysis.bestScore} out of 100, ending ${analysis.bestOutcome}`,
    );
    expect(screen.getByText('Worst achievable score').nextSibling).toHaveTextContent(`ending ${analysis.worstOutcome}`);
    expect(screen.getByText('Routes from start to an ending').nextSibling).toHaveTextContent(String(analysis.routes.count));
    expect(
      screen.getByRole('heading', { name: `Behaviour codes used: ${analysis.coverage.codes.length} of ${RUBRIC.codes.length}` }),
    ).toBeInTheDocument();
    const used = within(screen.getByRole('list', { name: 'Codes used' })).getAllByRole('listitem');
    expect(used.map((li) => li.textContent?.split(' ')[0])).toEqual(expect.arrayContaining(analysis.coverage.codes));
    expect(screen.getByRole('table', { name: /Alliance dimensions scored: \d of 5/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Best route' }).nextSibling).toHaveTextContent(
      /^opening-1 b → exploring-1 a → plan-1 a → shared-plan$/,
    );
    expect(screen.getByRole('heading', { name: 'Worst route' }).nextSibling).toHaveTextContent(/→ walked-out$/);
    expect(screen.getByRole('heading', { name: /Negative influences addressed: \d of 3/ })).toBeInTheDocument();
    // The template checks clean, score validity included.
    expect(screen.getByRole('heading', { name: 'Score validity' })).toBeInTheDocument();
    expect(screen.getByText(/No score-validity warnings/)).toBeInTheDocument();
  });

  it('leaves out score validity when the stats have none (a quick check)', () => {
    const result = runValidation({ version: 1, source: GOOD, fileName: 'sample.scenario.yaml', analyse: true });
    render(<AnalysisPanel compiled={result.compiled} stats={{ ...result.stats!, validity: undefined }} waitingFor="" />);
    expect(screen.queryByRole('heading', { name: 'Score validity' })).not.toBeInTheDocument();
  });
});
