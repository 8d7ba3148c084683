import { describe, expect, it } from 'vitest';
import { SCENARIO_ID_PATTERN } from '../../../engine/authoring';
import { fileNameFor, MAX_OPEN_BYTES, readScenarioFile, SCENARIO_ID } from './read-scenario-file';

describe('readScenarioFile', () => {
  it('reads the text and keeps the file name', async () => {
    expect(await readScenarioFile(new File(['id: x'], 'x.scenario.yaml'))).toEqual({
      ok: true,
      fileName: 'x.scenario.yaml',
      text: 'id: x',
    });
  });

  it('refuses a file far over the checker’s size limit, saying why', async () => {
    const big = new File(['x'], 'video.scenario.yaml');
    Object.defineProperty(big, 'size', { value: MAX_OPEN_BYTES + 1 });
    const outcome = await readScenarioFile(big);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/video\.scenario\.yaml is 4\.0 MB/) });
  });

  it('names new files after the id, with the same id rule as the format', () => {
    expect(fileNameFor('knee-pain')).toBe('knee-pain.scenario.yaml');
    expect(SCENARIO_ID.source).toBe(SCENARIO_ID_PATTERN.source);
  });
});
