import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExportFile, generateCohortFiles, serializeExportFile } from '../../export/records';
import { DashboardPage } from './dashboard-page';

function cohortFiles(trainees: number): File[] {
  return generateCohortFiles({ trainees, seed: 5 }).map(
    (file, i) => new File([serializeExportFile(file)], `trainee-${i + 1}.json`, { type: 'application/json' }),
  );
}

function chooseFiles(files: File[]) {
  const input = screen.getByLabelText('Trainee export files');
  fireEvent.change(input, { target: { files } });
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to put back, never called unbound
const realCreateObjectURL = URL.createObjectURL;
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to put back, never called unbound
const realRevokeObjectURL = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = realCreateObjectURL;
  URL.revokeObjectURL = realRevokeObjectURL;
});

describe('DashboardPage', () => {
  it('starts empty and explains what to load', () => {
    render(<DashboardPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Cohort dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No cohort loaded yet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'From a Learning Record Store' })).toBeInTheDocument();
  });

  it('loads many files, lists the rejected ones with reasons, and shows the cohort', async () => {
    render(<DashboardPage />);
    const good = cohortFiles(6);
    const tampered = new File([(await good[0]!.text()).replace('"displayName":"', '"displayName":"X')], 'edited.json');
    const notJson = new File(['Trainee,Score\nAna,70'], 'scores.csv');

    chooseFiles([...good, tampered, notJson]);

    expect(await screen.findByText(/Loaded 6 files/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '8');
    const rejected = screen.getByRole('heading', { name: 'Files not loaded' }).parentElement!;
    expect(within(rejected).getByText('edited.json').parentElement).toHaveTextContent(/changed or damaged/);
    expect(within(rejected).getByText('scores.csv').parentElement).toHaveTextContent(/not JSON/);
    // The duplicate trainee in edited.json was refused as a whole, so still 6 trainees.
    expect(screen.getByText(/6 trainees · \d scenarios/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /per trainee and scenario/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2 + 6);
    expect(screen.getByRole('figure', { name: 'Overall score' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Trust' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Progress over time/ })).toBeInTheDocument();
    expect(screen.getAllByRole('table', { name: /Decision point opening-1/ }).length).toBeGreaterThan(0);
  });

  it('gives every chart a title, axis labels, a description and a data table', async () => {
    render(<DashboardPage />);
    chooseFiles(cohortFiles(3));
    const figure = await screen.findByRole('figure', { name: 'Communication' });
    const image = within(figure).getByRole('img');
    expect(image).toHaveAccessibleName(/Communication/);
    expect(image).toHaveAccessibleName(/median \d+/);
    expect(within(figure).getByText('Score (0–100)')).toBeInTheDocument();
    expect(figure.querySelector('svg')).toHaveTextContent('Attempts');
    const table = within(figure).getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(11);
    expect(figure.querySelector('pattern')).not.toBeNull();
  });

  it('downloads the trainee table as CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:cohort';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<DashboardPage />);
    chooseFiles(cohortFiles(2));

    await userEvent.click(await screen.findByRole('button', { name: 'Download table (CSV)' }));

    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 BOM Excel needs
    const text = await blobs[0]!.text();
    expect(text.startsWith('Trainee,Program ID,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(2 + 2);
  });

  it('shows two trainees who share a display name as two rows, labelled apart', async () => {
    // Two browsers' first-run profiles, both still called "Trainee": different profile ids.
    const files = generateCohortFiles({ trainees: 2, seed: 5 }).map((file, i) => {
      const profiles = file.profiles.map((profile) => ({ ...profile, displayName: 'Trainee', programId: null }));
      return new File([serializeExportFile(buildExportFile(profiles, file.attempts, Date.parse(file.exportedAt)))], `trainee-${i}.json`);
    });
    render(<DashboardPage />);
    chooseFiles(files);

    const table = await screen.findByRole('table', { name: /per trainee and scenario/ });
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['Trainee (…-5-0)', 'Trainee (…-5-1)']);
  });

  it('filters the table by trainee name', async () => {
    render(<DashboardPage />);
    chooseFiles(cohortFiles(4));
    const input = await screen.findByLabelText('Find a trainee');
    await userEvent.type(input, 'PT-1002');
    expect(await screen.findByText('Showing 1 of 4 trainees.', { exact: false })).toBeInTheDocument();
  });

  it('starts again with no files', async () => {
    render(<DashboardPage />);
    chooseFiles(cohortFiles(2));
    await userEvent.click(await screen.findByRole('button', { name: 'Start again with no files' }));
    expect(screen.getByRole('heading', { name: 'No cohort loaded yet' })).toBeInTheDocument();
  });
});
