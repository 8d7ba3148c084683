import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioTemplate } from '../engine/authoring';
import { packOf, templateInput } from '../export/packs/testing/pack-fixtures';
import { scenarioList } from './lms-package-app';
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
});
