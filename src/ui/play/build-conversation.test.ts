import { describe, expect, it } from 'vitest';
import { createSession } from '../scenarios/engine';
import { fakeSource } from '../test-util/fixtures';
import { buildConversation } from './build-conversation';

describe('buildConversation', () => {
  it('interleaves patient lines and the trainee’s answers, marking a silence', () => {
    const compiled = fakeSource().compiled[0]!;
    const session = createSession(compiled);
    session.send({ type: 'TIME_UP' });
    const lines = buildConversation(compiled, session.getView());
    session.stop();
    expect(lines.map((l) => [l.speaker, l.text, l.silent])).toEqual([
      ['patient', 'Well? Another one.', false],
      ['trainee', 'You said nothing before the time ran out.', true],
      ['patient', 'So what now?', false],
    ]);
    expect(lines[0]?.nonverbal).toBe('Arms crossed.');
  });
});
