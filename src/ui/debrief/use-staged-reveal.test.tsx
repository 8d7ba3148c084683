import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStagedReveal } from './use-staged-reveal';

function Page({ log }: { log: number[] }) {
  const stage = useStagedReveal(2);
  log.push(stage);
  return (
    <>
      <h1>Top</h1>
      {stage >= 1 && <p>Middle</p>}
      {stage >= 2 && <p>Bottom</p>}
    </>
  );
}

describe('useStagedReveal', () => {
  it('shows the top first, then each later part in a render of its own', async () => {
    const log: number[] = [];
    render(<Page log={log} />);
    expect(await screen.findByText('Bottom')).toBeInTheDocument();
    expect(screen.getByText('Middle')).toBeInTheDocument();
    expect(log[0]).toBe(0);
    const distinct = log.filter((stage, i) => stage !== log[i - 1]);
    expect(distinct).toEqual([0, 1, 2]);
  });
});
