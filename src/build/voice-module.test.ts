// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../engine/authoring';
import { VOICE_CACHE } from './voice-cache';
import { voiceClips, voiceModuleCode, voicePaths } from './voice-module';

const scenario = (id: string, lines: (string | undefined)[]) =>
  ({
    scenario: {
      id,
      nodes: lines.map((audio, index) => ({ id: `n${index}`, patient: { text: 'Line', ...(audio ? { audio } : {}) } })),
      endings: [{ id: 'end', patient: { text: 'Bye', audio: 'audio/x/end.ogg' } }],
    },
  }) as unknown as CompiledScenario;

let publicDir = '';
beforeEach(() => {
  publicDir = mkdtempSync(join(tmpdir(), 'voice-'));
  mkdirSync(join(publicDir, 'audio', 'x'), { recursive: true });
  writeFileSync(join(publicDir, 'audio/x/a.ogg'), 'x'.repeat(300));
  writeFileSync(join(publicDir, 'audio/x/end.ogg'), 'x'.repeat(50));
});
afterEach(() => rmSync(publicDir, { recursive: true, force: true }));

describe('voice clips at build time', () => {
  it('lists every recorded line once, from nodes and endings alike', () => {
    expect(voicePaths(scenario('x', ['audio/x/a.ogg', undefined, 'audio/x/a.ogg']))).toEqual(['audio/x/a.ogg', 'audio/x/end.ogg']);
  });

  it("adds the clips synthesised for the scenario's lines (its voiceClips)", () => {
    const voiced = { ...scenario('x', [undefined]), voiceClips: { n0: 'audio/x/n0-1a2b3c4d.mp3' } } as CompiledScenario;
    expect(voicePaths(voiced)).toEqual(['audio/x/end.ogg', 'audio/x/n0-1a2b3c4d.mp3']);
  });

  it('gives each clip its size, leaving out files that do not exist', () => {
    expect(voiceClips(scenario('x', ['audio/x/a.ogg', 'audio/x/missing.ogg']), publicDir)).toEqual([
      { path: 'audio/x/a.ogg', bytes: 300 },
      { path: 'audio/x/end.ogg', bytes: 50 },
    ]);
  });

  it('writes a module listing only the scenarios that have clips, with the shared cache name', async () => {
    const silent = { scenario: { id: 'quiet', nodes: [], endings: [] } } as unknown as CompiledScenario;
    const code = voiceModuleCode([scenario('x', ['audio/x/a.ogg']), silent], publicDir);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { VOICE_CACHE: string; voiceClips: object };
    expect(module.VOICE_CACHE).toBe(VOICE_CACHE);
    expect(module.voiceClips).toEqual({
      x: [
        { path: 'audio/x/a.ogg', bytes: 300 },
        { path: 'audio/x/end.ogg', bytes: 50 },
      ],
    });
  });
});
