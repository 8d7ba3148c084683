import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../engine/authoring';
import { DiagnosticsList, summarise } from './diagnostics-list';

const d = (code: string, severity: Diagnostic['severity'], line: number, message = 'Something.'): Diagnostic => ({
  code,
  severity,
  message,
  file: 'x',
  line,
  col: 3,
  path: [],
});

describe('DiagnosticsList', () => {
  it('counts by severity in words', () => {
    expect(summarise([])).toBe('No problems found');
    expect(summarise([d('SCN034', 'error', 1), d('SCN043', 'warning', 2), d('SCN043', 'warning', 3), d('SCN050', 'info', 4)])).toBe(
      '1 error, 2 warnings, 1 note',
    );
  });

  it('lists each diagnostic with severity in words, line, code and message; a click jumps there', async () => {
    const onJump = vi.fn();
    render(
      <DiagnosticsList
        diagnostics={[d('SCN034', 'error', 12, '"plan-9" is not a node.'), d('SCN043', 'warning', 20)]}
        onJump={onJump}
        checking={false}
        analysed={false}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 error, 1 warning · the route analysis runs once the errors are fixed');
    const items = within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('button');
    expect(items[0]).toHaveAccessibleName('Error, Line 12:3 SCN034 "plan-9" is not a node.');
    expect(items[1]).toHaveAccessibleName(/^Warning, Line 20:3 SCN043/);
    await userEvent.click(items[0]!);
    expect(onJump).toHaveBeenCalledWith(12, 3);
  });

  it('links each diagnostic to the guide’s section on its code', () => {
    render(
      <DiagnosticsList diagnostics={[d('SCN034', 'error', 12), d('SCN043', 'warning', 20)]} onJump={() => {}} checking={false} analysed />,
    );
    const links = within(screen.getByRole('list', { name: 'Problems' })).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['About SCN034 in the guide', '#/author/guide/scn034'],
      ['About SCN043 in the guide', '#/author/guide/scn043'],
    ]);
  });

  it('renders a message as text, never as markup', () => {
    render(
      <DiagnosticsList
        diagnostics={[d('SCN004', 'error', 1, '<img src=x onerror=alert(1)>')]}
        onJump={() => {}}
        checking
        analysed={false}
      />,
    );
    expect(screen.getByText(/<img src=x/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('checking…');
  });
});
