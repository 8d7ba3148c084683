import { describe, expect, it } from 'vitest';
import { hasWords, speakableText } from './speakable';

describe('speakableText', () => {
  it('turns stage directions, ellipses and dashes into pauses and drops quotation marks', () => {
    expect(speakableText('[Slowly.] An alarm. …Yes. That is how it feels — like "the sirens" at work.')).toBe(
      'An alarm. Yes. That is how it feels, like the sirens at work.',
    );
    expect(speakableText('Well... [Pause.] fine.')).toBe('Well, fine.');
  });

  it('respells whole words only, including before an apostrophe', () => {
    const respell = { Biji: 'Beejee', dal: 'daal' };
    expect(speakableText("Biji's dal, not Bijis dally.", respell)).toBe("Beejee's daal, not Bijis dally.");
  });

  it('gives the engines plain ASCII: accents stripped, curly apostrophes straightened', () => {
    expect(speakableText('Mere’s whānau, między młotem')).toBe("Mere's whanau, miedzy mwotem");
  });

  it('leaves nothing to say for a line that is only a stage direction', () => {
    const spoken = speakableText('[Doesn’t move.]');
    expect(spoken).toBe('');
    expect(hasWords(spoken)).toBe(false);
    expect(hasWords('Hm.')).toBe(true);
  });
});
