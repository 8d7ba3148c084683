import { describe, expect, it } from 'vitest';
import { describePath } from './path-label';

const data = {
  nodes: [{ id: 'opening-1', choices: [{ id: 'a', routes: [{ next: 'x' }, { when: {} }] }] }, { choices: [{}] }],
  persona: { values: ['Family'] },
};

describe('describePath', () => {
  it('names nodes, choices and routes the way authors do', () => {
    expect(describePath(['nodes', 0, 'choices', 0, 'routes', 1, 'when', 'anger'], data)).toBe(
      'node "opening-1" › choice "a" › route 2 › when.anger',
    );
    expect(describePath(['nodes', 0, 'choices', 0, 'next'], data)).toBe('node "opening-1" › choice "a" › next');
  });

  it('numbers items without an id from 1', () => {
    expect(describePath(['nodes', 1, 'choices', 0, 'text'], data)).toBe('node 2 › choice 1 › text');
    expect(describePath(['persona', 'values', 0], data)).toBe('persona.values item 1');
  });

  it('calls the root "scenario"', () => {
    expect(describePath([], data)).toBe('scenario');
    expect(describePath(['title'], data)).toBe('title');
  });
});
