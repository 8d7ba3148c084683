import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { voiceClipsFor } from '../build/voices/voice-clips-for';
import { checkScenarioSource } from '../engine/authoring';
import { readPack } from '../export/packs';
import { runBuildPack } from './build-pack';

const root = resolve('.');
const VOICED = 'carer-barriers';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runBuildPack(argv, { cwd: root, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run build:pack', () => {
  it('packs a scenario with its up-to-date voice clips, which read back byte for byte', () => {
    const target = join(mkdtempSync(join(tmpdir(), 'build-pack-')), 'voiced.cgpack.zip');
    const { code, out } = run([`scenarios/${VOICED}.scenario.yaml`, '--out', target]);
    expect(code).toBe(0);
    const scenario = checkScenarioSource(readFileSync(`scenarios/${VOICED}.scenario.yaml`, 'utf8'), 'x', { analyse: false }).compiled!
      .scenario;
    const fresh = voiceClipsFor(root, join(root, 'scenarios'), scenario)!;
    expect(out).toMatch(new RegExp(`${Object.keys(fresh).length} voice clips\\.$`));

    const read = readPack(new Uint8Array(readFileSync(target)));
    if (!read.ok) throw new Error(read.problems.join());
    const clips = read.value.manifest.scenarios[0]!.clips!;
    expect(clips.map((clip) => clip.line).sort()).toEqual(Object.keys(fresh).sort());
    for (const clip of clips)
      expect(read.value.clips.get(clip.file)).toEqual(new Uint8Array(readFileSync(join('public', fresh[clip.line]!))));
  });

  it('says how it is used, and publishes nothing for a file with an error', () => {
    expect(run([]).code).toBe(2);
    expect(run(['x.scenario.yaml', '--out', 'x.zip']).err).toMatch(/^Usage/);
    const broken = run(['scenarios/README.md']);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^Nothing was published:\n {2}README\.md has \d+ errors?/);
  });
});
