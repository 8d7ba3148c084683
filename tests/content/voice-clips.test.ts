// @vitest-environment node
/**
 * Every patient line of every shipped scenario has a clip in its persona's
 * voice, and the clip says the line's current words: an edited line, a
 * changed voice or a deleted clip fails here with the command that fixes it.
 * Reads only files: CI needs no speech packages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../src/engine/authoring';
import { listScenarioFiles } from '../../src/build/check-files';
import { checkScenarioClips } from '../../src/build/voices/check-clips';
import { readClipManifest } from '../../src/build/voices/clip-manifest';
import { readVoiceCast } from '../../src/build/voices/voice-cast';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'scenarios');
const cast = readVoiceCast(dir);
const shipped = listScenarioFiles(dir).map((file) => {
  const source = readFileSync(file, 'utf8');
  const { scenario } = parseScenario(source, file);
  if (!scenario) throw new Error(`${file} does not parse`);
  return { file, source, scenario };
});

it('has a voice cast and shipped scenarios to check', () => {
  expect(cast).not.toBeNull();
  expect(shipped.length).toBeGreaterThan(0);
});

describe.each(shipped.map(({ scenario }) => [scenario.id, scenario] as const))('%s', (_id, scenario) => {
  it('has an up-to-date, non-empty clip for every patient line, and no clip nothing needs', () => {
    const status = checkScenarioClips(root, dir, scenario, cast);
    expect(status.problems.map((problem) => problem.message)).toEqual([]);
    const voiced = [...scenario.nodes, ...scenario.endings].filter((item) => item.patient && item.patient.audio === undefined);
    const silent = voiced.filter((item) => !status.fresh.has(item.id)).map((item) => `${item.id}: ${item.patient?.text}`);
    // Only a line that is all stage direction ("[Doesn't move.]") goes without a clip.
    for (const line of silent) expect(line).toMatch(/^[\w-]+: \[[^\]]*\]$/);
  });
});

describe('the check fails when the clips fall behind the scenario', () => {
  const copy = mkdtempSync(join(tmpdir(), 'voice-clips-shipped-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const { scenario, file } = shipped[0]!;
  cpSync(join(dir, 'voices'), join(copy, 'scenarios', 'voices'), { recursive: true });
  cpSync(file, join(copy, 'scenarios', `${scenario.id}.scenario.yaml`));
  cpSync(join(root, 'public', 'audio', scenario.id), join(copy, 'public', 'audio', scenario.id), { recursive: true });
  const check = (edited: Scenario) => checkScenarioClips(copy, join(copy, 'scenarios'), edited, readVoiceCast(join(copy, 'scenarios')));
  const line = scenario.nodes.find((node) => node.patient)!;

  it('starts from a copy that passes', () => {
    expect(check(scenario).problems).toEqual([]);
  });

  it('reports an edited line as stale, naming the command', () => {
    const nodes = scenario.nodes.map((node) =>
      node === line ? { ...node, patient: { ...node.patient, text: `${node.patient.text} Really.` } } : node,
    );
    expect(check({ ...scenario, nodes }).problems.map((problem) => problem.message)).toEqual([
      `${scenario.id}/${line.id}: stale: the line's words or its voice changed since the clip was made; run npm run synthesise-voices -- ${scenario.id}.`,
    ]);
  });

  it('reports a deleted clip and a clip file nothing lists', () => {
    const entry = readClipManifest(join(copy, 'scenarios'), scenario.id)!.clips.find((clip) => clip.line === line.id)!;
    rmSync(join(copy, 'public', entry.file));
    writeFileSync(join(copy, 'public', 'audio', scenario.id, 'leftover.mp3'), 'x');
    expect(check(scenario).problems.map((problem) => `${problem.kind} ${problem.where}`)).toEqual([
      `file-missing ${scenario.id}/${line.id}`,
      `orphan-file ${scenario.id}/leftover.mp3`,
    ]);
  });
});
