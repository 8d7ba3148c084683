import { describe, expect, it } from 'vitest';
import { whyAfterQuote } from './decision-model';

describe('whyAfterQuote', () => {
  it('drops the quote the card already shows, keeping the reason', () => {
    const why = 'Your response was dismissing (DIS). A stronger option here: "Tell me more.", which was open exploration (EXP): it invites.';
    expect(whyAfterQuote(why, 'Tell me more.')).toBe('Your response was dismissing (DIS). The stronger option was open exploration (EXP): it invites.');
    expect(whyAfterQuote(why, null)).toBe(why);
  });
});
