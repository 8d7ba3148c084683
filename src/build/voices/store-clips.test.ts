// @vitest-environment node
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { scenarioTemplate } from '../../engine/authoring';
import { ScenarioStore } from '../scenario-store';
import { CAST_FILE, VOICES_FOLDER } from './voice-cast';
import { makeVoiceFixture, type VoiceFixture } from './testing/voice-fixture';

let fixture: VoiceFixture | undefined;
afterEach(() => fixture && rmSync(fixture.root, { recursive: true, force: true }));

it('the build attaches the up-to-date clips to the compiled scenario, outside its content hash', () => {
  fixture = makeVoiceFixture(scenarioTemplate('sample'));
  const store = new ScenarioStore(fixture.root, fixture.dir, false);
  const compiled = store.compiled('sample')!;
  const first = fixture.scenario.nodes[0]!.id;
  expect(compiled.voiceClips?.[first]).toMatch(new RegExp(`^audio/sample/${first}-[0-9a-f]{8}\\.mp3$`));
  expect(Object.keys(compiled.voiceClips ?? {})).toHaveLength(
    fixture.scenario.nodes.length + fixture.scenario.endings.filter((e) => e.patient).length,
  );
  const hash = compiled.contentHash;
  rmSync(join(fixture.dir, VOICES_FOLDER, CAST_FILE));
  const unvoiced = store.compiled('sample')!;
  expect(unvoiced.voiceClips).toBeUndefined();
  expect(unvoiced.contentHash).toBe(hash);
});
