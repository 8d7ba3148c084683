import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario, type Scenario } from '../../../engine/authoring';
import { writeClipManifest } from '../clip-manifest';
import { planClips } from '../clip-plan';
import { CAST_FILE, soundSettings, VOICES_FOLDER, type PersonaVoice } from '../voice-cast';

export const FIXTURE_VOICE: Omit<PersonaVoice, 'persona'> = {
  why: 'test voice',
  engine: 'festival',
  voice: 'kal_diphone',
  pitch: 0,
  tract: 0,
  tempo: 1,
  respell: {},
};

export interface VoiceFixture {
  root: string;
  dir: string;
  scenario: Scenario;
}

export function parseFixture(source: string): Scenario {
  const { scenario, diagnostics } = parseScenario(source, 'fixture.scenario.yaml');
  if (!scenario) throw new Error(`fixture does not parse: ${diagnostics.map((d) => d.message).join('; ')}`);
  return scenario;
}

/**
 * A project folder with one scenario, a cast giving it a voice, and a clip
 * for every line (a few fake bytes each): everything up to date.
 */
export function makeVoiceFixture(source: string): VoiceFixture {
  const root = mkdtempSync(join(tmpdir(), 'voice-clips-'));
  const dir = join(root, 'scenarios');
  const scenario = parseFixture(source);
  const voice: PersonaVoice = { ...FIXTURE_VOICE, persona: scenario.persona.name };
  mkdirSync(join(dir, VOICES_FOLDER), { recursive: true });
  writeFileSync(join(dir, `${scenario.id}.scenario.yaml`), source);
  writeFileSync(join(dir, VOICES_FOLDER, CAST_FILE), JSON.stringify({ voices: { [scenario.id]: voice } }));
  mkdirSync(join(root, 'public', 'audio', scenario.id), { recursive: true });
  const clips = planClips(scenario, voice).map((clip) => {
    writeFileSync(join(root, 'public', clip.file), 'ID3 fake clip');
    return { line: clip.lineId, file: clip.file, hash: clip.hash, spoken: clip.spoken, seconds: 1, bytes: 13, lufs: -19 };
  });
  writeClipManifest(dir, { scenarioId: scenario.id, persona: scenario.persona.name, voice: soundSettings(voice), clips });
  return { root, dir, scenario };
}
