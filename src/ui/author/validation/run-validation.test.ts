import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioSource } from '../../../engine/authoring';
import { BROKEN, GOOD } from '../testing/author-fixtures';
import { runValidation } from './run-validation';

const request = (source: string, analyse = false) => ({ version: 7, source, fileName: 'sample.scenario.yaml', analyse });
const brief = (d: { code: string; line: number; col: number; severity: string }) => `${d.line}:${d.col} ${d.severity} ${d.code}`;

describe('runValidation', () => {
  it('reports exactly the CLI checker’s codes, lines and columns', () => {
    const flagship = readFileSync('scenarios/work-injury-claim.scenario.yaml', 'utf8');
    const mangled = flagship.replace('schemaVersion: 1\n', '').replace(/codes: \[CR, VAL\]/, 'codes: [CR, EMPATHY]');
    for (const source of [BROKEN, mangled, 'title: [unclosed', '']) {
      const expected = checkScenarioSource(source, 'sample.scenario.yaml', { analyse: false }).diagnostics.map(brief);
      expect(runValidation(request(source)).diagnostics.map(brief)).toEqual(expected);
    }
  });

  it('answers with the version asked about, and analyses only when asked', () => {
    const quick = runValidation(request(GOOD));
    expect(quick).toMatchObject({ version: 7, analysed: false, ok: true });
    expect(quick.compiled?.analysis).toBeUndefined();
    const full = runValidation(request(GOOD, true));
    expect(full.analysed).toBe(true);
    expect(full.compiled?.analysis?.bestScore).toBe(100);
    expect(full.stats?.routes).toBeGreaterThan(1);
  });

  it('still draws the graph of a file with graph errors, flagging them', () => {
    const result = runValidation(request(BROKEN));
    expect(result.ok).toBe(false);
    expect(result.compiled).toBeNull();
    const exploring = result.graph?.nodes.find((n) => n.id === 'exploring-1');
    expect(exploring?.brokenLinks).toEqual(['plan-9']);
    expect(result.graph?.nodes.find((n) => n.id === 'plan-1')?.unreachable).toBe(true);
  });

  it('has no graph for text that is not yet a scenario, and survives it', () => {
    for (const source of ['', 'title: [unclosed', '- a list', 'services: {}']) {
      const result = runValidation(request(source));
      expect(result.graph).toBeNull();
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('leaves out a graph the page already has', () => {
    const first = runValidation(request(GOOD));
    expect(first.graph).not.toBeNull();
    const again = runValidation({ ...request(GOOD.replace('Arms folded.', 'Arms crossed.')), haveGraph: first.graphKey });
    expect(again).toMatchObject({ graph: null, graphUnchanged: true, graphKey: first.graphKey });
    const moved = runValidation({ ...request(`# a new first line\n${GOOD}`), haveGraph: first.graphKey });
    expect(moved.graphUnchanged).toBe(false);
    expect(moved.graph?.nodes[0]?.line).toBe((first.graph?.nodes[0]?.line ?? 0) + 1);
  });

  it('keeps its result plain data, so it can cross postMessage', () => {
    const result = runValidation(request(GOOD, true));
    expect(structuredClone(result)).toEqual(result);
  });
});
