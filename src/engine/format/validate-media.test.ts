import { describe, expect, it } from 'vitest';
import { audioPathProblem } from './validate-media';

describe('audioPathProblem', () => {
  it('accepts plain paths under public/', () => {
    expect(audioPathProblem('audio/work-injury-claim/opening-1.ogg')).toBeNull();
    expect(audioPathProblem('opening.mp3')).toBeNull();
  });

  it.each([
    ['https://example.org/a.ogg', 'web address'],
    ['C:/clips/a.ogg', 'drive path'],
    ['/home/me/a.ogg', 'absolute'],
    ['audio\\a.ogg', 'backslashes'],
    ['audio/../../secret.ogg', '".."'],
    ['audio//a.ogg', 'empty part'],
    ['public/audio/a.ogg', 'public/'],
  ])('rejects %s', (path, why) => {
    expect(audioPathProblem(path)).toContain(why);
  });
});
