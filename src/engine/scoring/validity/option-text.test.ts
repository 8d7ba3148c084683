import { describe, expect, it } from 'vitest';
import { charLength, endsWithQuestion, wordCount } from './option-text';

describe('option text form', () => {
  it('counts characters and words without surrounding white space', () => {
    expect(charLength('  That sounds hard.  ')).toBe(17);
    expect(wordCount('  That   sounds\nhard.  ')).toBe(3);
    expect(wordCount('   ')).toBe(0);
  });

  it('reads a question from its last character after trimming', () => {
    expect(endsWithQuestion('What matters most? ')).toBe(true);
    expect(endsWithQuestion('What matters most?" he asked.')).toBe(false);
    expect(endsWithQuestion('Tell me more.')).toBe(false);
  });
});
