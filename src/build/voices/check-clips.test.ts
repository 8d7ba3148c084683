// @vitest-environment node
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarioTemplate } from '../../engine/authoring';
import { checkScenarioClips } from './check-clips';
import { readClipManifest } from './clip-manifest';
import { CAST_FILE, readVoiceCast, VOICES_FOLDER } from './voice-cast';
import { makeVoiceFixture, parseFixture, type VoiceFixture } from './testing/voice-fixture';
import { voiceClipsFor } from './voice-clips-for';

const source = scenarioTemplate('sample');
let fixture: VoiceFixture;
const check = (scenario = fixture.scenario) => checkScenarioClips(fixture.root, fixture.dir, scenario, readVoiceCast(fixture.dir));
const kinds = (scenario = fixture.scenario) => check(scenario).problems.map((p) => `${p.kind} ${p.where}`);

beforeEach(() => {
  fixture = makeVoiceFixture(source);
});
afterEach(() => rmSync(fixture.root, { recursive: true, force: true }));

describe('checkScenarioClips', () => {
  it('finds every line voiced and up to date in a fresh fixture', () => {
    const status = check();
    expect(status.problems).toEqual([]);
    expect(status.planned.length).toBeGreaterThan(2);
    expect([...status.fresh.keys()]).toEqual(status.planned.map((clip) => clip.lineId));
  });

  it('calls a clip stale when its line is edited, and says which command fixes it', () => {
    const first = fixture.scenario.nodes[0]!;
    const edited = parseFixture(source.replace(first.patient.text, 'Something new entirely.'));
    const status = check(edited);
    expect(status.problems.map((p) => p.kind)).toEqual(['stale']);
    expect(status.problems[0]?.message).toBe(
      `sample/${first.id}: stale: the line's words or its voice changed since the clip was made; run npm run synthesise-voices -- sample.`,
    );
    expect(status.fresh.has(first.id)).toBe(false);
  });

  it('calls every clip stale when the voice changes', () => {
    const castFile = join(fixture.dir, VOICES_FOLDER, CAST_FILE);
    const cast = readVoiceCast(fixture.dir)!;
    writeFileSync(castFile, JSON.stringify({ voices: { sample: { ...cast.sample, pitch: 1 } } }));
    expect(check().fresh.size).toBe(0);
    expect(new Set(check().problems.map((p) => p.kind))).toEqual(new Set(['stale']));
  });

  it('reports a deleted or empty clip file, a line without a clip, and files or entries nothing needs', () => {
    const manifest = readClipManifest(fixture.dir, 'sample')!;
    const [gone, empty] = manifest.clips;
    rmSync(join(fixture.root, 'public', gone!.file));
    writeFileSync(join(fixture.root, 'public', empty!.file), '');
    writeFileSync(join(fixture.root, 'public', 'audio', 'sample', 'old-take.ogg'), 'x');
    expect(kinds()).toEqual([`file-missing sample/${gone!.line}`, `file-empty sample/${empty!.line}`, 'orphan-file sample/old-take.ogg']);

    const withoutFirst = { ...manifest, clips: [...manifest.clips.slice(1), { ...gone!, line: 'removed-node' }] };
    writeFileSync(join(fixture.dir, VOICES_FOLDER, 'sample.clips.json'), JSON.stringify(withoutFirst));
    expect(kinds()).toContain(`no-clip sample/${gone!.line}`);
    expect(kinds()).toContain('orphan-entry sample/removed-node');
  });

  it('asks for a voice when the cast has none, and for a look when the persona is renamed', () => {
    expect(kinds(parseFixture(source.replace(/^id: sample/m, 'id: other')))).toEqual(['no-voice other']);
    const renamed = parseFixture(source.replace(/name: .*/, 'name: Someone Else'));
    expect(kinds(renamed)).toEqual(['persona-renamed sample']);
  });

  it('gives the build only the clips that are up to date', () => {
    const first = fixture.scenario.nodes[0]!;
    const clips = voiceClipsFor(fixture.root, fixture.dir, fixture.scenario)!;
    expect(Object.keys(clips)).toEqual(check().planned.map((clip) => clip.lineId));
    const edited = parseFixture(source.replace(first.patient.text, 'Something new entirely.'));
    expect(voiceClipsFor(fixture.root, fixture.dir, edited)).not.toHaveProperty(first.id);
    rmSync(join(fixture.dir, VOICES_FOLDER, CAST_FILE));
    expect(voiceClipsFor(fixture.root, fixture.dir, fixture.scenario)).toBeUndefined();
  });
});
