import { describe, expect, it } from 'vitest';
import { RUBRIC } from './rubric';
import { RUBRIC_EFFECTS } from './rubric-effects';

describe('RUBRIC_EFFECTS', () => {
  it('is exactly the default effects in seeds/rubric.json (run `npm run build:schema` after editing the rubric)', () => {
    expect(RUBRIC_EFFECTS).toEqual(Object.fromEntries(RUBRIC.codes.map((code) => [code.id, code.effect])));
  });
});
