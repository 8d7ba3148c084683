import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorPage } from './author-page';
import { memoryDrafts } from './drafts/drafts-port';
import { BROKEN, GOOD, inlineValidators, lineOf, scenarioFile } from './testing/author-fixtures';
import { installCodeMirrorShims } from './testing/codemirror-jsdom';
import { cursorLine, editorView, replaceInEditor } from './testing/editor-view';

installCodeMirrorShims();

const spies: { mockRestore: () => void }[] = [];
afterEach(() => {
  spies.splice(0).forEach((spy) => spy.mockRestore());
});

async function openFile(text: string, name?: string) {
  fireEvent.change(screen.getByLabelText('Open a scenario file…'), { target: { files: [scenarioFile(text, name)] } });
  await screen.findByTestId('yaml-editor');
  // The box comes first; CodeMirror mounts inside it a moment later (later still on a loaded machine).
  await waitFor(() => editorView(), { timeout: 10_000 });
}

const problemsList = () => screen.findByRole('list', { name: 'Problems' }, { timeout: 5000 });

describe('AuthorPage', () => {
  it('offers a file picker, a drop zone and the template when nothing is open', () => {
    render(<AuthorPage drafts={memoryDrafts()} validators={inlineValidators} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Author a scenario' })).toBeInTheDocument();
    expect(screen.getByLabelText('Open a scenario file…')).toHaveAttribute('type', 'file');
    expect(screen.getByText(/Drop a/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start from the template' })).toBeInTheDocument();
  });

  it('lists a broken file’s diagnostics with the checker’s lines, and a click moves the cursor there', async () => {
    render(<AuthorPage drafts={memoryDrafts()} validators={inlineValidators} />);
    await openFile(BROKEN);
    const problems = await problemsList();
    const line = lineOf(BROKEN, 'next: plan-9');
    const item = within(problems).getByRole('button', { name: new RegExp(`Line ${line}:15 SCN034`) });
    expect(within(problems).getByRole('button', { name: /SCN043.*plan-1/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Problems (4)' })).toBeInTheDocument();
    expect(screen.getByText(/Editing/)).toHaveTextContent('sample.scenario.yaml');

    await userEvent.click(item);
    expect(cursorLine()).toBe(line);
    expect(document.activeElement).toBe(editorView().contentDOM);
  });

  it('re-checks after an edit: fixing the link clears the problems and the preview plays', async () => {
    render(<AuthorPage drafts={memoryDrafts()} validators={inlineValidators} />);
    await openFile(BROKEN);
    await problemsList();
    act(() => replaceInEditor('next: plan-9', 'next: plan-1'));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Problems (0)' })).toBeInTheDocument(), { timeout: 5000 });
    expect(screen.queryByRole('list', { name: 'Problems' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Start preview' }));
    const responses = screen.getByRole('group', { name: 'Preview responses' });
    await userEvent.click(within(responses).getByRole('button', { name: /tried a lot already/ }));
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Preview responses' })).getByRole('button', { name: /most like to be able to do again/ }),
    );
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Preview responses' })).getByRole('button', { name: /build the plan around your shifts/ }),
    );
    expect(await screen.findByRole('heading', { name: /Ending: A plan that fits \(alliance\)/ })).toBeInTheDocument();
  });

  it('autosaves every change as a draft and restores the newest one with a notice', async () => {
    const drafts = memoryDrafts();
    const first = render(<AuthorPage drafts={drafts} validators={inlineValidators} />);
    await openFile(GOOD);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Problems (0)' })).toBeInTheDocument(), { timeout: 5000 });
    act(() => replaceInEditor('Alex Example', 'Ana Ruiz'));
    await waitFor(() => expect(drafts.records.get('sample.scenario.yaml')?.text).toContain('Ana Ruiz'), { timeout: 3000 });
    first.unmount();

    render(<AuthorPage drafts={drafts} validators={inlineValidators} />);
    expect(await screen.findByText(/Restored your draft of/)).toHaveTextContent('sample.scenario.yaml');
    await waitFor(() => expect(editorView().state.doc.toString()).toContain('Ana Ruiz'));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Restored your draft of/)).not.toBeInTheDocument();
  });

  it('downloads the edited text under the original file name', async () => {
    let saved: Blob | null = null;
    let name = '';
    spies.push(
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        saved = blob as Blob;
        return 'blob:test';
      }),
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {}),
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
        name = this.download;
      }),
    );
    render(<AuthorPage drafts={memoryDrafts()} validators={inlineValidators} />);
    await openFile(GOOD, 'knee-carer.scenario.yaml');
    act(() => replaceInEditor('Alex Example', 'Ana Ruiz'));
    await userEvent.click(screen.getByRole('button', { name: 'Download knee-carer.scenario.yaml' }));
    expect(name).toBe('knee-carer.scenario.yaml');
    expect(await (saved as unknown as Blob).text()).toBe(GOOD.replace('Alex Example', 'Ana Ruiz'));
  });

  it('starts from the new-scenario template under the id given, and refuses a bad id', async () => {
    render(<AuthorPage drafts={memoryDrafts()} validators={inlineValidators} />);
    const id = screen.getByLabelText('Or start a new scenario with the id');
    await userEvent.clear(id);
    await userEvent.type(id, 'Knee Pain');
    await userEvent.click(screen.getByRole('button', { name: 'Start from the template' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/lower-case/);
    await userEvent.clear(id);
    await userEvent.type(id, 'knee-pain');
    await userEvent.click(screen.getByRole('button', { name: 'Start from the template' }));
    expect(screen.getByText(/Editing/)).toHaveTextContent('knee-pain.scenario.yaml');
    expect(editorView().state.doc.toString()).toContain('id: knee-pain');
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Problems (0)' })).toBeInTheDocument(), { timeout: 5000 });
  });

  it('shows the graph, whose boxes jump to their lines', async () => {
    render(<AuthorPage drafts={memoryDrafts()} validators={inlineValidators} />);
    await openFile(GOOD);
    const box = await screen.findByRole('button', { name: /^Node plan-1/ }, { timeout: 5000 });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(cursorLine()).toBe(lineOf(GOOD, 'id: plan-1'));
  });
  it('opens the authoring guide over the editor and comes back to the file as it was left', async () => {
    const drafts = memoryDrafts();
    const page = render(<AuthorPage drafts={drafts} validators={inlineValidators} />);
    expect(screen.getByRole('link', { name: 'The authoring guide' })).toHaveAttribute('href', '#/author/guide');
    await openFile(GOOD);
    act(() => replaceInEditor('Alex Example', 'Ana Ruiz'));

    page.rerender(<AuthorPage drafts={drafts} validators={inlineValidators} guide={{ section: null }} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Writing Common Ground scenarios' }, { timeout: 10000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Author a scenario' })).not.toBeInTheDocument();
    expect(screen.getByTestId('yaml-editor')).not.toBeVisible();

    page.rerender(<AuthorPage drafts={drafts} validators={inlineValidators} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Author a scenario' })).toBeInTheDocument();
    expect(screen.getByTestId('yaml-editor')).toBeVisible();
    expect(editorView().state.doc.toString()).toContain('Ana Ruiz');
  });
});
