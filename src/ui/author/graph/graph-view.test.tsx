import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { generateScenario, generateScenarioYaml } from '../../../bench/generate-scenarios';
import { buildGraph } from './build-graph';
import type { GraphLayout } from './graph-model';
import { GraphView } from './graph-view';
import { layoutGraph } from './layout-graph';

function generatedLayout(nodes: number): GraphLayout {
  const scenario = generateScenario(nodes);
  return layoutGraph(buildGraph(scenario, generateScenarioYaml(nodes)), scenario.phases);
}

describe('GraphView', () => {
  it('renders a generated 1,000-node scenario, drawing only what is on screen', () => {
    const layout = generatedLayout(1000);
    const onOpen = vi.fn();
    const { container } = render(<GraphView layout={layout} stale={false} onOpenNode={onOpen} />);
    expect(screen.getByText(/1,000 nodes and 2 endings in 2 lanes/)).toBeInTheDocument();
    expect(screen.getByText(/Every node is reachable/)).toBeInTheDocument();
    const drawn = container.querySelectorAll('.graph-node').length;
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(150);
    expect(container.querySelectorAll('.graph-edge').length).toBeLessThan(600);
    expect(screen.getByRole('button', { name: /^Node n0 \(start\)/ })).toBeInTheDocument();
  });

  it('finds a node far off screen, focuses it, and Enter opens its line', async () => {
    const layout = generatedLayout(1000);
    const onOpen = vi.fn();
    render(<GraphView layout={layout} stale={false} onOpenNode={onOpen} />);
    expect(screen.queryByRole('button', { name: /^Node n999\b/ })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Find a node'), 'n999');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    const box = await screen.findByRole('button', { name: /^Node n999\b/ });
    expect(box).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'n999', line: layout.nodes[999]!.line }));
    expect(layout.nodes[999]!.line).toBeGreaterThan(1);
  });

  it('says when an id does not exist', async () => {
    render(<GraphView layout={generatedLayout(20)} stale={false} onOpenNode={() => {}} />);
    await userEvent.type(screen.getByLabelText('Find a node'), 'n77');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByRole('alert')).toHaveTextContent('No node or ending has the id “n77”.');
  });

  it('names endings by outcome in words, lists flagged boxes, and warns when the graph is stale', async () => {
    const layout = generatedLayout(6);
    layout.nodes[3] = { ...layout.nodes[3]!, unreachable: true };
    const onOpen = vi.fn();
    render(<GraphView layout={layout} stale onOpenNode={onOpen} />);
    expect(screen.getByRole('status')).toHaveTextContent(/last time it could be/);
    expect(screen.getByRole('button', { name: /^Ending, escalated walked-out/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Ending, alliance agreed/ })).toBeInTheDocument();
    const flagged = screen.getByRole('list', { name: 'Flagged boxes' });
    expect(within(flagged).getByText(/unreachable/)).toBeInTheDocument();
    await userEvent.click(within(flagged).getByRole('button', { name: 'Show n3' }));
    expect(screen.getByRole('button', { name: /^Node n3 \(unreachable\)/ })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: /^Node n3 / }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'n3' }));
  });
});
