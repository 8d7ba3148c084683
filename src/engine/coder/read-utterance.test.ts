import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE_CHARS, readUtterance } from './read-utterance';

describe('readUtterance', () => {
  it('keeps contractions and hyphenated words whole, and "?" as a token', () => {
    const read = readUtterance("So you don't think the x-ray helped? Mm-hmm.");
    expect(read.tokens.map((token) => token.word)).toEqual(['so', 'you', "don't", 'think', 'the', 'x-ray', 'helped', '?', 'mm-hmm']);
    expect(read.hasQuestionMark).toBe(true);
    expect(read.endsWithQuestionMark).toBe(false);
  });

  it('splits sentences at full stops and question marks', () => {
    const read = readUtterance('It sounds hard. What would help? okay');
    const starts = read.sentenceStarts.map((index) => read.tokens[index]?.word);
    expect(starts).toEqual(['it', 'what', 'okay']);
  });

  it('maps curly apostrophes to straight ones and numbers to one token', () => {
    expect(readUtterance('you’ve done 3 weeks').tokens.map((token) => token.word)).toEqual(["you've", 'done', '<num>', 'weeks']);
  });

  it('cuts a turn longer than the coder reads, and says so', () => {
    const read = readUtterance('word '.repeat(1000));
    expect(read.truncated).toBe(true);
    expect(read.text.length).toBe(MAX_UTTERANCE_CHARS);
    expect(readUtterance('short').truncated).toBe(false);
  });

  it('gives each token its place in the text, so the debrief can quote it', () => {
    const read = readUtterance('  Fed up, aren’t you');
    const fed = read.tokens[0];
    expect(read.text.slice(fed?.start, fed?.end)).toBe('Fed');
  });
});
