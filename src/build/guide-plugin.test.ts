import { describe, expect, it } from 'vitest';
import { guideModuleCode } from './guide-plugin';

/** Evaluates the generated module's one export, as the bundler would. */
function load(code: string): unknown {
  const body = code.replace(/^export const guide = /, 'return ');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the plugin's own generated code, as the bundler would
  return (new Function(body) as () => unknown)();
}

describe('guideModuleCode', () => {
  it('exports the parsed guide as data, with any markup still text', () => {
    const guide = load(guideModuleCode('# Guide\n\nA `code` and </script><script>alert(1)</script>'));
    expect(guide).toEqual({
      blocks: [
        { type: 'heading', level: 1, id: 'guide', children: [{ type: 'text', text: 'Guide' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'A ' },
            { type: 'code', text: 'code' },
            { type: 'text', text: ' and </script><script>alert(1)</script>' },
          ],
        },
      ],
    });
  });

  it('stops the build on a link to no heading, naming the file', () => {
    expect(() => guideModuleCode('See [x](#nowhere).', 'scenarios/README.md')).toThrow('scenarios/README.md links to #nowhere');
  });
});
