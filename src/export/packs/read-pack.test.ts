import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkPackScenarios } from './check-pack-scenarios';
import { MANIFEST_NAME, PACK_LIMITS, type PackResult, type ReadPack } from './pack-format';
import { readPack } from './read-pack';
import { checkSource, packOf, templateInput } from './testing/pack-fixtures';
import { writePack } from './write-pack';

const problemsOf = (result: PackResult<ReadPack>) => (result.ok ? [] : result.problems).join('\n');
const read = (bytes: Uint8Array) => {
  const result = readPack(bytes);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.value;
};

/** A pack's files, changed, zipped again. */
function rezip(pack: Uint8Array, change: (files: Zippable & Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(pack) as Zippable & Record<string, Uint8Array>;
  change(files);
  return zipSync(files);
}
const manifestOf = (files: Record<string, Uint8Array>) =>
  JSON.parse(new TextDecoder().decode(files[MANIFEST_NAME])) as Record<string, unknown> & { scenarios: Record<string, unknown>[] };
const withManifest = (pack: Uint8Array, edit: (manifest: ReturnType<typeof manifestOf>) => void) =>
  rezip(pack, (files) => {
    const manifest = manifestOf(files);
    edit(manifest);
    files[MANIFEST_NAME] = strToU8(JSON.stringify(manifest));
  });

describe('readPack and checkPackScenarios', () => {
  it('reads back what writePack wrote, and the checker accepts it with the same hashes', () => {
    const inputs = [templateInput('first-visit'), templateInput('second-visit')];
    const pack = read(packOf(...inputs));
    expect(pack.manifest.scenarios.map((s) => s.id)).toEqual(['first-visit', 'second-visit']);
    expect(pack.sources.get('first-visit')).toBe(inputs[0]!.source);
    const checked = checkPackScenarios(pack, checkSource);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.scenarios.map((s) => s.compiled.contentHash)).toEqual(inputs.map((i) => i.contentHash));
  });

  it('rejects a whole pack when one scenario has an error, with the checker diagnostic', () => {
    const broken = {
      ...templateInput('second-visit'),
      source: templateInput('second-visit').source.replace(/^difficulty: .*$/m, 'difficulty: impossible'),
    };
    const checked = checkPackScenarios(read(packOf(templateInput('first-visit'), broken)), checkSource);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.scenarios).toHaveLength(1);
    expect(checked.scenarios[0]!.file).toBe('scenarios/second-visit.scenario.yaml');
    expect(checked.scenarios[0]!.diagnostics[0]).toMatchObject({ severity: 'error', code: expect.stringMatching(/^SCN\d{3}$/) });
    expect(checked.scenarios[0]!.diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('rejects a scenario that does not have the hash the pack claims', () => {
    const pack = withManifest(packOf(templateInput('first-visit')), (m) => {
      m.scenarios[0]!.contentHash = 'fnv1a64:0000000000000000';
    });
    const checked = checkPackScenarios(read(pack), checkSource);
    expect(checked.ok ? '' : checked.scenarios[0]!.problems.join()).toMatch(/content hash differs/);
  });

  it('rejects a scenario whose id is already built into the app', () => {
    const checked = checkPackScenarios(read(packOf(templateInput('first-visit'))), checkSource, new Set(['first-visit']));
    expect(checked.ok ? '' : checked.scenarios[0]!.problems.join()).toMatch(/already built into this app/);
  });

  it('keeps HTML in scenario text as text, exactly as written', () => {
    const input = templateInput('first-visit', (s) => s.replace(/^title: .*$/m, 'title: "<img src=x onerror=alert(1)> Visit"'));
    const checked = checkPackScenarios(read(packOf(input)), checkSource);
    expect(checked.ok && checked.scenarios[0]!.compiled.scenario.title).toBe('<img src=x onerror=alert(1)> Visit');
  });

  it('rejects a file over the size cap without reading it', () => {
    expect(problemsOf(readPack(new Uint8Array(PACK_LIMITS.maxPackBytes + 1)))).toMatch(/at most 20 MB/);
  });

  it('rejects what is not a zip, a zip without a manifest, and a manifest from another program', () => {
    expect(problemsOf(readPack(strToU8('schemaVersion: 1\nid: a\n')))).toMatch(/not a zip file/);
    expect(problemsOf(readPack(zipSync({ 'notes.txt': strToU8('hello') })))).toMatch(/no pack.json/);
    expect(problemsOf(readPack(zipSync({ [MANIFEST_NAME]: strToU8('{"format":"other"}') })))).toMatch(/not a Common Ground scenario pack/);
    expect(problemsOf(readPack(zipSync({ [MANIFEST_NAME]: strToU8('{"format":"common-ground-pack","formatVersion":2}') })))).toMatch(
      /newer version/,
    );
  });

  it('rejects more scenarios than the cap, paths that leave the pack, and files the manifest does not name', () => {
    const pack = packOf(templateInput('first-visit'));
    const many = withManifest(pack, (m) => {
      m.scenarios = Array.from({ length: PACK_LIMITS.maxScenarios + 1 }, (_, i) => ({
        ...m.scenarios[0],
        id: `s-${i}`,
        file: `scenarios/s-${i}.scenario.yaml`,
      }));
    });
    expect(problemsOf(readPack(many))).toMatch(/at most 50/);
    const escaping = withManifest(pack, (m) => {
      m.scenarios[0]!.file = 'scenarios/../../etc.scenario.yaml';
    });
    expect(problemsOf(readPack(escaping))).toMatch(/should be a path like scenarios/);
    const extra = rezip(pack, (files) => {
      files['index.html'] = strToU8('<script>alert(1)</script>');
    });
    expect(problemsOf(readPack(extra))).toMatch(/files its list does not name: "index.html"/);
  });

  it('rejects a scenario file over the checker limit', () => {
    const big = rezip(packOf(templateInput('first-visit')), (files) => {
      files['scenarios/first-visit.scenario.yaml'] = [new Uint8Array(PACK_LIMITS.maxScenarioBytes + 1).fill(0x23), { level: 0 }] as never;
    });
    expect(problemsOf(readPack(big))).toMatch(/unpacks to 2000001 bytes; the limit is 2000000/);
  });

  it('rejects a zip bomb from its declared sizes, before unpacking it', () => {
    const bomb = rezip(packOf(templateInput('first-visit')), (files) => {
      files['scenarios/first-visit.scenario.yaml'] = new Uint8Array(30_000_000);
    });
    expect(bomb.length).toBeLessThan(100_000);
    expect(problemsOf(readPack(bomb))).toMatch(/shrinks over 100 times/);
  });

  it('stops unpacking a file that is bigger than it declares', () => {
    const pack = rezip(packOf(templateInput('first-visit')), (files) => {
      files['scenarios/first-visit.scenario.yaml'] = new Uint8Array(5_000_000).fill(0x23);
    });
    // Say 1,000 bytes in both headers: the ratio check passes and only unpacking can tell.
    const lying = pack.slice();
    const view = new DataView(lying.buffer);
    for (let at = 0; at < lying.length - 4; at += 1) {
      const sig = view.getUint32(at, true);
      const name = 'scenarios/first-visit';
      if (sig === 0x04034b50 && new TextDecoder().decode(lying.subarray(at + 30, at + 30 + name.length)) === name)
        view.setUint32(at + 22, 1_000, true);
      if (sig === 0x02014b50 && new TextDecoder().decode(lying.subarray(at + 46, at + 46 + name.length)) === name)
        view.setUint32(at + 24, 1_000, true);
    }
    expect(problemsOf(readPack(lying))).toMatch(/unpacks to more than the size it declares/);
  });

  it('accepts a voice clip only when its bytes are audio', () => {
    const mp3 = new Uint8Array(readFileSync('public/audio/carer-barriers/barriers-1-ba113bac.mp3'));
    const input = templateInput('first-visit');
    const good = writePack([{ ...input, clips: new Map([['opening', { bytes: mp3, extension: 'mp3' as const }]]) }], 'x', new Date());
    expect(read(good).clips.get('audio/first-visit/1.mp3')).toEqual(mp3);
    const html = strToU8('<html><script>alert(1)</script></html>');
    const bad = writePack([{ ...input, clips: new Map([['opening', { bytes: html, extension: 'mp3' as const }]]) }], 'x', new Date());
    expect(problemsOf(readPack(bad))).toMatch(/"audio\/first-visit\/1.mp3" is not an MP3, Ogg or WAV sound file/);
  });
});
