// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkScenarioFiles } from '../../src/build/check-files';
import { checkScenarioSource, DIAGNOSTIC_CATALOGUE } from '../../src/engine/authoring';
import { expectationOf, featureFolders, FIXTURES, fixtureFiles } from './fixture-files';

/** public/ as the fixtures see it: everything exists except files named "missing". */
const publicFileExists = (path: string) => !path.includes('missing');
const check = (source: string, name: string, analyse = false) => checkScenarioSource(source, name, { analyse, publicFileExists });

/** Codes proven by tests other than a one-file fixture (bad-input, mocks, file sets). */
const COVERED_ELSEWHERE = ['SCN002', 'SCN003', 'SCN051', 'SCN060', 'SCN061'];

/** Lints that need the route analysis yet are shown by a one-file fixture (checked with analysis on). */
const LINTS_WITH_FIXTURES = ['SCN116', 'SCN117', 'SCN120', 'SCN121', 'SCN122'];
const needsAnalysis = (code: string) => code >= 'SCN100';

describe('invalid fixtures: one per diagnostic code', () => {
  it.each(fixtureFiles('invalid'))('%s reports its code at its line and column', (name, source) => {
    const expected = expectationOf(source);
    expect(expected, 'fixture needs an "# expect" header').not.toBeNull();
    if (!expected) return;
    const { diagnostics } = check(source, name, needsAnalysis(expected.code));
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: expected.code, line: expected.line, col: expected.col, file: name }),
    );
    const codes = new Set(diagnostics.map((d) => d.code));
    expect([...codes].sort()).toEqual([...new Set([expected.code, ...expected.also])].sort());
  });

  it('covers every code in the catalogue', () => {
    const fixtureCodes = fixtureFiles('invalid').map(([, source]) => expectationOf(source)?.code);
    // SCN100 and up belong to the scoring module and are tested there; the reachability lints also have fixtures.
    const missing = DIAGNOSTIC_CATALOGUE.filter((info) => !info.retired && info.code < 'SCN100')
      .map((info) => info.code)
      .filter((code) => !fixtureCodes.includes(code) && !COVERED_ELSEWHERE.includes(code));
    expect(missing).toEqual([]);
    expect(LINTS_WITH_FIXTURES.filter((code) => !fixtureCodes.includes(code))).toEqual([]);
  });

  it('reports two files with one id (SCN051) on the later file', () => {
    const files = ['knee', 'knee-copy'].map((name) => `${FIXTURES}/duplicate-ids/${name}.scenario.yaml`);
    const results = checkScenarioFiles(process.cwd(), files, { analyse: false });
    const copy = results[1];
    const source = fixtureFiles('duplicate-ids').find(([name]) => name === 'knee-copy.scenario.yaml')?.[1] ?? '';
    const expected = expectationOf(source);
    expect(copy?.ok).toBe(false);
    expect(copy?.diagnostics).toContainEqual(expect.objectContaining({ code: 'SCN051', line: expected?.line, col: expected?.col }));
    expect(results.find((r) => r.file.endsWith('/knee.scenario.yaml'))?.ok).toBe(true);
  });
});

describe('feature fixtures: one valid file per format feature', () => {
  const all = featureFolders().flatMap((folder) => fixtureFiles(folder).map(([name, source]) => [folder, name, source] as const));

  it('has the features the format reference describes', () => {
    expect(featureFolders()).toEqual([
      'audio',
      'effects-override',
      'endings',
      'nonverbal',
      'phases',
      'pinned-choices',
      'routes',
      'time-limit',
    ]);
  });

  it.each(all)('%s/%s passes with no diagnostics', (_folder, name, source) => {
    const result = check(source, name);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.compiled?.contentHash).toMatch(/^fnv1a64:/);
  });

  const scenarioOf = (folder: string) => {
    const [name, source] = fixtureFiles(folder)[0] ?? ['', ''];
    const scenario = check(source, name).compiled?.scenario;
    if (!scenario) throw new Error(`${folder} fixture did not compile`);
    return scenario;
  };

  it('routes: keeps route order, conditions and the fallback', () => {
    const routes = scenarioOf('routes').nodes[0]?.choices[1]?.routes;
    expect(routes?.map((r) => r.next)).toEqual(['walked-out', 'opening-2', 'agreed']);
    expect(routes?.[1]?.when).toEqual({ anger: { atLeast: 40, atMost: 69 }, trust: { atMost: 30 } });
    expect(routes?.[2]?.when).toBeUndefined();
  });

  it('time limit: seconds, effects and routes of the silence', () => {
    const limit = scenarioOf('time-limit').nodes[0]?.timeLimit;
    expect(limit).toMatchObject({ seconds: 20, effects: { anger: 8, trust: -4 }, codes: [] });
    expect(limit?.routes).toHaveLength(2);
  });

  it('phases, endings, effects, audio and nonverbal cues come through as written', () => {
    expect(scenarioOf('phases').phases.map((p) => p.id)).toEqual(['opening', 'exploring', 'closing']);
    expect(
      scenarioOf('endings')
        .endings.map((e) => e.outcome)
        .sort(),
    ).toEqual(['alliance', 'disengaged', 'escalated', 'partial']);
    expect(scenarioOf('effects-override').nodes[0]?.choices[0]?.effects).toEqual({ anger: -20, trust: 10 });
    expect(scenarioOf('audio').nodes[0]?.patient.audio).toBe('audio/fixtures/opening-1.ogg');
    expect(scenarioOf('nonverbal').nodes[0]?.patient).toMatchObject({ expression: 'angry', nonverbal: 'Arms crossed, does not look up.' });
  });

  it('pinned choices: keeps pin first and pin last on the choices that set them', () => {
    expect(scenarioOf('pinned-choices').nodes[0]?.choices.map((c) => [c.id, c.pin])).toEqual([
      ['a', 'first'],
      ['b', undefined],
      ['c', undefined],
      ['d', 'last'],
    ]);
  });

  it('fills initialState defaults for variables left out', () => {
    expect(scenarioOf('routes').initialState).toEqual({ anger: 50, trust: 30, injustice: 30, goalAgreement: 10, taskAgreement: 10 });
  });
});
