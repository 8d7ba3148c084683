import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from './tabs';

function Harness() {
  const [selected, setSelected] = useState('a');
  return (
    <Tabs
      label="Panels"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'First', panel: <p>one</p> },
        { id: 'b', label: 'Second', panel: <p>two</p> },
        { id: 'c', label: 'Third', panel: <p>three</p> },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('follows the ARIA tabs pattern: one tab stop, arrows, Home and End; panels stay mounted', async () => {
    render(<Harness />);
    const first = screen.getByRole('tab', { name: 'First' });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'First' })).toHaveTextContent('one');
    expect(screen.getByText('three')).not.toBeVisible();
    first.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Third' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Third' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Second' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Second' })).toBeVisible();
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });
});
