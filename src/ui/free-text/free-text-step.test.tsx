import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FreeTextStep, TRY_AGAIN_MESSAGE } from './free-text-step';
import type { StepOption } from './free-text-option';
import { inThreadCoderClient } from './testing-coder';

const OPTIONS: StepOption[] = [
  { id: 'defend', text: 'The clinic follows the guidelines, so that is how it is.', codes: ['DEF'] },
  { id: 'explore', text: 'What has been the hardest part of all this for you?', codes: ['EXP'] },
  { id: 'validate', text: 'That makes sense — anyone would be frustrated after waiting that long.', codes: ['VAL', 'CR'] },
];

function setUp(options: { released?: boolean; draft?: string } = {}) {
  const { client, release } = inThreadCoderClient();
  if (options.released !== false) release();
  const onChoose = vi.fn();
  const onDraft = vi.fn();
  render(
    <FreeTextStep
      options={OPTIONS}
      disabled={false}
      initialDraft={options.draft ?? ''}
      onDraft={onDraft}
      onChoose={onChoose}
      client={client}
    />,
  );
  return { onChoose, onDraft, release, user: userEvent.setup() };
}

describe('FreeTextStep', () => {
  it('reads typed words, shows the reading and goes on through the closest option with Enter', async () => {
    const { onChoose, user } = setUp();
    await user.type(screen.getByLabelText('What would you say?'), 'What has been the hardest part of this for you?{Enter}');
    expect(await screen.findByText(/I read this as an open question/)).toBeInTheDocument();
    expect(screen.getByText(/Closest option:/)).toHaveTextContent('2. What has been the hardest part');
    expect(screen.getByRole('button', { name: 'Go on with this option' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(
      'explore',
      expect.objectContaining({
        words: 'What has been the hardest part of this for you?',
        closestChoiceId: 'explore',
        overridden: false,
        behaviour: 'question',
        kind: 'open',
      }),
    );
  });

  it('lets the trainee override the reading with one number key, and records the override', async () => {
    const { onChoose, user } = setUp();
    await user.type(screen.getByLabelText('What would you say?'), 'What has been the hardest part of this for you?{Enter}');
    await screen.findByText(/I read this as/);
    await user.keyboard('3');
    expect(onChoose).toHaveBeenCalledWith('validate', expect.objectContaining({ closestChoiceId: 'explore', overridden: true }));
  });

  it('asks again for an empty or unreadable response and chooses nothing', async () => {
    const { onChoose, user } = setUp();
    const input = screen.getByLabelText('What would you say?');
    await user.type(input, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(TRY_AGAIN_MESSAGE);
    await user.clear(input);
    await user.type(input, '🙂🙂{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(TRY_AGAIN_MESSAGE);
    await user.keyboard('1');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('keeps Shift+Enter as a new line', async () => {
    const { user } = setUp();
    const input = screen.getByLabelText('What would you say?');
    await user.type(input, 'first{Shift>}{Enter}{/Shift}second');
    expect(input).toHaveValue('first\nsecond');
    expect(screen.queryByText(/I read this as/)).not.toBeInTheDocument();
  });

  it('shows HTML and script as text, never as markup', async () => {
    const { user } = setUp();
    const typed = '<img src=x onerror="alert(1)"><script>alert(2)</script> how is that?';
    await user.click(screen.getByLabelText('What would you say?'));
    await user.paste(typed);
    await user.keyboard('{Enter}');
    await screen.findByText(/I read this as/);
    expect(screen.getByText(typed, { exact: false })).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('shows the reader loading while the trainee types, the first time, then reads once it is ready', async () => {
    const { release, user } = setUp({ released: false, draft: 'It sounds like you feel nobody has listened' });
    expect(screen.getByText('Loading the response reader…')).toBeInTheDocument();
    expect(screen.getByLabelText('What would you say?')).toHaveValue('It sounds like you feel nobody has listened');
    await user.click(screen.getByRole('button', { name: 'Read my response' }));
    release();
    expect(await screen.findByText(/I read this as a complex reflection/)).toBeInTheDocument();
    expect(screen.queryByText('Loading the response reader…')).not.toBeInTheDocument();
  });

  it('codes a 10,000-character response without a crash and says only the first part was read', async () => {
    const { user } = setUp();
    await user.click(screen.getByLabelText('What would you say?'));
    await user.paste('why '.repeat(2500));
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/only the first part was read/)).toBeInTheDocument();
  });

  it('saves the draft as the trainee types', async () => {
    const { onDraft, user } = setUp();
    await user.type(screen.getByLabelText('What would you say?'), 'I hear');
    await vi.waitFor(() => expect(onDraft).toHaveBeenLastCalledWith('I hear'));
  });
});
