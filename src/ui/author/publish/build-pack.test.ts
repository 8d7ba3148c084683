import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioTemplate } from '../../../engine/authoring';
import { readPack } from '../../../export/packs';
import { buildPack, checkRecording, scenarioOf } from './build-pack';

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

  it('carries voice clips through the pack, byte for byte, by line', () => {
    const mp3 = new Uint8Array(readFileSync('public/audio/carer-barriers/barriers-1-ba113bac.mp3'));
    const built = buildPack([{ ...file('knee-visit'), clips: new Map([['opening-1', { bytes: mp3, extension: 'mp3' as const }]]) }]);
    expect(built.ok && built.namedAudio).toEqual([]);
    if (!built.ok) return;
    const read = readPack(built.bytes);
    if (!read.ok) throw new Error(read.problems.join());
    const [clip] = read.value.manifest.scenarios[0]!.clips!;
    expect(clip!.line).toBe('opening-1');
    expect(read.value.clips.get(clip!.file)).toEqual(mp3);
  });

  it('refuses a clip that is not sound, or that is for a line the scenario does not have', () => {
    const text = new TextEncoder().encode('not a sound file at all');
    const notSound = buildPack([{ ...file('knee-visit'), clips: new Map([['opening-1', { bytes: text, extension: 'mp3' as const }]]) }]);
    expect(notSound.ok ? [] : notSound.problems).toEqual(['"audio/knee-visit/1.mp3" is not an MP3, Ogg or WAV sound file.']);
    const stray = buildPack([{ ...file('knee-visit'), clips: new Map([['openning-1', { bytes: text, extension: 'mp3' as const }]]) }]);
    expect(stray.ok ? [] : stray.problems).toEqual([
      'knee-visit.scenario.yaml: a voice clip is given for "openning-1", which is not a node or ending of the scenario.',
    ]);
  });

  it('names the files whose lines point at the app’s own sound files, which the pack does not carry', () => {
    const built = buildPack([file('knee-visit', (s) => s.replace(/^(\s+)text: (.*)$/m, '$1text: $2\n$1audio: audio/knee/opening.mp3'))]);
    expect(built.ok && built.namedAudio).toEqual(['knee-visit.scenario.yaml']);
  });

  it('carries a recording picked on the Author page under the format its bytes say, whatever its name', async () => {
    const wav = new Uint8Array(readFileSync('public/audio/ui/cue-line.wav'));
    const checked = await checkRecording(new File([wav], 'take 3 (final).mp3', { type: 'audio/mpeg' }));
    if (!checked.ok) throw new Error(checked.problem);
    expect(checked.clip).toMatchObject({ name: 'take 3 (final).mp3', kind: 'wav' });
    const built = buildPack([
      { ...file('knee-visit'), clips: new Map([['plan-1', { bytes: checked.clip.bytes, extension: checked.clip.kind }]]) },
    ]);
    if (!built.ok) throw new Error(built.problems.join());
    const read = readPack(built.bytes);
    expect(read.ok && read.value.manifest.scenarios[0]!.clips).toEqual([{ line: 'plan-1', file: 'audio/knee-visit/1.wav' }]);
  });

  it('gives a file’s scenario for listing its lines, and none while it has an error', () => {
    expect(scenarioOf(file('knee-visit'))?.start).toBe('opening-1');
    expect(scenarioOf(file('knee-visit', (s) => s.replace(/^difficulty: .*$/m, 'difficulty: impossible')))).toBeNull();
  });
});
