import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioTemplate } from '../engine/authoring';
import { packOf, templateInput } from '../export/packs/testing/pack-fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { voiceClipsFor } from '../build/voices/voice-clips-for';
import { zipScormPackage } from '../export/scorm/package-zip';
import { addPackAudio, appFiles, scenarioList } from './lms-package-app';
import { packFiles, stageScenarios } from './pack-scenarios';

/** A project folder with one shipped scenario and the given packs beside it. */
function project(packs: Record<string, Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'packs-cli-'));
  mkdirSync(join(root, 'scenarios', 'voices'), { recursive: true });
  writeFileSync(join(root, 'scenarios', 'shipped-visit.scenario.yaml'), scenarioTemplate('shipped-visit'));
  for (const [name, bytes] of Object.entries(packs)) writeFileSync(join(root, name), bytes);
  return root;
}

describe('packs in the LMS package builds', () => {
  it('reads --pack arguments and the PACKS variable', () => {
    expect(packFiles(['--pack', 'a.cgpack.zip', '--pack=b.cgpack.zip'], { PACKS: 'c.cgpack.zip, d.cgpack.zip' })).toEqual([
      'a.cgpack.zip',
      'b.cgpack.zip',
      'c.cgpack.zip',
      'd.cgpack.zip',
    ]);
    expect(packFiles([], {})).toEqual([]);
    expect(() => packFiles(['--pack'], {})).toThrow(/needs a pack file/);
    expect(() => packFiles(['--pak', 'x'], {})).toThrow(/Unknown argument "--pak"/);
  });

  it('builds in the shipped scenarios and every pack scenario, checked', () => {
    const root = project({ 'week-3.cgpack.zip': packOf(templateInput('pack-visit')) });
    const staged = stageScenarios(root, ['week-3.cgpack.zip'], join(root, 'dist-scorm-scenarios'));
    expect(
      readdirSync(staged)
        .filter((f) => f.endsWith('.scenario.yaml'))
        .sort(),
    ).toEqual(['pack-visit.scenario.yaml', 'shipped-visit.scenario.yaml']);
    expect(readdirSync(staged)).toContain('voices');
    expect(scenarioList(staged).map((s) => s.id)).toEqual(['pack-visit', 'shipped-visit']);
  });

  it('stops the build for a pack with an error, printing the diagnostic', () => {
    const broken = templateInput('pack-visit');
    broken.source = broken.source.replace(/^difficulty: .*$/m, 'difficulty: impossible');
    const root = project({ 'bad.cgpack.zip': packOf(broken) });
    expect(() => stageScenarios(root, ['bad.cgpack.zip'], join(root, 'stage'))).toThrow(
      /bad.cgpack.zip was rejected:\n {2}scenarios\/pack-visit.scenario.yaml:\d+:\d+ error SCN\d{3} /,
    );
  });

  it('refuses a pack scenario whose id is already shipped, and a missing pack file', () => {
    const root = project({ 'dup.cgpack.zip': packOf(templateInput('shipped-visit')) });
    expect(() => stageScenarios(root, ['dup.cgpack.zip'], join(root, 'stage'))).toThrow(/"shipped-visit" is already in scenarios\//);
    expect(() => stageScenarios(root, ['nowhere.cgpack.zip'], join(root, 'stage'))).toThrow(/nowhere.cgpack.zip: there is no such file/);
  });

  it("builds in a pack's voice clips: written into the app, spoken by its lines and listed in imsmanifest.xml", () => {
    const mp3 = new Uint8Array(readFileSync('public/audio/carer-barriers/barriers-1-ba113bac.mp3'));
    const voiced = { ...templateInput('pack-visit'), clips: new Map([['opening', { bytes: mp3, extension: 'mp3' as const }]]) };
    const root = project({ 'voiced.cgpack.zip': packOf(voiced) });
    const staged = stageScenarios(root, ['voiced.cgpack.zip'], join(root, 'stage'));
    const [pack, shipped] = ['pack-visit', 'shipped-visit'].map((id) => ({ id }) as Parameters<typeof voiceClipsFor>[2]);
    expect(voiceClipsFor(root, staged, pack!)).toEqual({ opening: 'audio/pack-visit/1.mp3' });
    expect(voiceClipsFor(root, staged, shipped!)).toBeUndefined();

    const app = join(root, 'app');
    mkdirSync(join(app, 'audio', 'carer-barriers'), { recursive: true });
    writeFileSync(join(app, 'audio', 'carer-barriers', 'barriers-1.mp3'), mp3);
    addPackAudio(staged, app);
    const files = appFiles(app);
    expect(new Uint8Array(files.get('audio/pack-visit/1.mp3')!)).toEqual(mp3);
    expect(files.has('audio/carer-barriers/barriers-1.mp3')).toBe(true);
    const zip = unzipSync(zipScormPackage('2004', files, { title: 'T', scenarios: [{ id: 'pack-visit', title: 'P' }] }));
    expect(strFromU8(zip['imsmanifest.xml']!)).toContain('<file href="audio/pack-visit/1.mp3"/>');
    expect(zip['audio/pack-visit/1.mp3']).toEqual(mp3);
  });

  it('stages no clips for a pack without voices', () => {
    const root = project({ 'week-3.cgpack.zip': packOf(templateInput('pack-visit')) });
    const staged = stageScenarios(root, ['week-3.cgpack.zip'], join(root, 'stage'));
    expect(readdirSync(staged)).not.toContain('audio');
    expect(voiceClipsFor(root, staged, { id: 'pack-visit' } as Parameters<typeof voiceClipsFor>[2])).toBeUndefined();
  });
});
