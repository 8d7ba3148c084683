import { describe, expect, it } from 'vitest';
import { scenarioTemplate } from '../../../engine/authoring';
import { readPack } from '../../../export/packs';
import { buildPack } from './build-pack';

const file = (id: string, edit: (s: string) => string = (s) => s) => ({
  fileName: `${id}.scenario.yaml`,
  text: edit(scenarioTemplate(id)),
});

describe('buildPack', () => {
  it('packs checked scenarios into a file the trainee app reads back', () => {
    const built = buildPack([file('knee-visit'), file('back-visit')], new Date('2026-12-01T10:00:00Z'));
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.fileName).toBe('scenarios-2026-12-01.cgpack.zip');
    const read = readPack(built.bytes);
    expect(read.ok && read.value.manifest.scenarios.map((s) => s.id)).toEqual(['knee-visit', 'back-visit']);
    expect(read.ok && read.value.manifest.publishedAt).toBe('2026-12-01T10:00:00.000Z');
  });

  it('names a one-scenario pack after the scenario', () => {
    const built = buildPack([file('knee-visit')]);
    expect(built.ok && built.fileName).toBe('knee-visit.cgpack.zip');
  });

  it('publishes nothing while any file has an error, and says which', () => {
    const built = buildPack([file('knee-visit'), file('back-visit', (s) => s.replace(/^difficulty: .*$/m, 'difficulty: impossible'))]);
    expect(built).toEqual({ ok: false, problems: [expect.stringMatching(/^back-visit.scenario.yaml has 1 error\. Open it and fix/)] });
  });

  it('refuses two files with the same scenario id', () => {
    const built = buildPack([file('knee-visit'), { ...file('knee-visit'), fileName: 'copy.scenario.yaml' }]);
    expect(built.ok ? [] : built.problems).toContainEqual('Two files have the id "knee-visit". A pack holds each scenario once.');
  });
});
