// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkScenarioSource, SCORING_DIAGNOSTICS } from '../../src/engine/authoring';
import { expectationOf, fixtureFiles } from './fixture-files';

/*
 * One fixture per score-validity lint (SCN130–SCN134), checked with the route
 * analysis on: each reports its code at its line and column, and nothing else.
 * The fixtures are built so the outcome follows from their structure (damaging
 * options end the conversation at once), not from the model's exact numbers.
 */
const fixtures = fixtureFiles('validity');

describe('score-validity fixtures', () => {
  it.each(fixtures)('%s reports its code at its line and column, and nothing else', (name, source) => {
    const expected = expectationOf(source);
    expect(expected, 'fixture needs an "# expect" header').not.toBeNull();
    if (!expected) return;
    const { diagnostics, ok } = checkScenarioSource(source, name);
    expect(ok).toBe(true);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: expected.code, line: expected.line, col: expected.col, file: name, severity: 'warning' }),
    );
    expect([...new Set(diagnostics.map((d) => d.code))].sort()).toEqual([...new Set([expected.code, ...expected.also])].sort());
  });

  it('covers every score-validity code in the catalogue', () => {
    const codes = SCORING_DIAGNOSTICS.map((d) => d.code).filter((code) => code >= 'SCN130' && code <= 'SCN134');
    expect(codes.length).toBeGreaterThan(0);
    expect(fixtures.map(([, source]) => expectationOf(source)?.code).sort()).toEqual(codes);
  });
});
