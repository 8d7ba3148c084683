/**
 * Every shipped scenario (and every fixture that checks clean) is checked,
 * compiled and explored: no error diagnostics, no dead ends, every reachable
 * state can still finish, every ending is reachable, and scores stay in
 * 0..100 on random routes. Works for whatever scenario files exist.
 */
import { describe, expect, it } from 'vitest';
import {
  checkScenarioSource,
  compileScenario,
  createScenarioMachine,
  currentId,
  hashScenario,
  scoreAttempt,
  type CheckResult,
  type CompiledScenario,
} from '../../src/engine';
import { exploreScenario, nodesThatCannotFinish, randomRoute, seededRandom } from './explore-machine';

const shipped = import.meta.glob('/scenarios/*.scenario.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const fixtures = import.meta.glob('/tests/fixtures/**/*.scenario.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const RANDOM_ROUTES = 150;
const cleanFixtures = Object.entries(fixtures).filter(([file, source]) => checkScenarioSource(source, file, { analyse: false }).ok);
const cases = [...Object.entries(shipped).map(([file, source]) => ({ file, source, shipped: true })), ...cleanFixtures.map(([file, source]) => ({ file, source, shipped: false }))];

const checks = new Map<string, CheckResult>();
/** The full check (with route analysis) runs once per file; later tests reuse it. */
function checkOf(file: string, source: string): CheckResult {
  let result = checks.get(file);
  if (!result) {
    result = checkScenarioSource(source, file);
    checks.set(file, result);
  }
  return result;
}
function compiledOf(file: string, source: string): CompiledScenario {
  const { compiled } = checkOf(file, source);
  if (!compiled) throw new Error(`${file} does not check clean`);
  return compiled;
}

it('finds shipped scenarios', () => {
  expect(Object.keys(shipped).length).toBeGreaterThan(0);
});

describe.each(cases)('$file', ({ file, source, shipped: isShipped }) => {
  it('checks with no error diagnostics', { timeout: 120_000 }, () => {
    const result = checkOf(file, source);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([]);
    if (isShipped) expect(`/scenarios/${result.id}.scenario.yaml`).toBe(file);
  });

  it('compiles to a stable, JSON-safe built form', () => {
    const compiled = compiledOf(file, source);
    const copy = JSON.parse(JSON.stringify(compiled)) as CompiledScenario;
    expect(hashScenario(copy.scenario)).toBe(compiled.contentHash);
    expect(compileScenario(copy.scenario).contentHash).toBe(compiled.contentHash);
  });

  it('has no dead ends: every reachable state can still reach an ending', () => {
    const compiled = compiledOf(file, source);
    expect(nodesThatCannotFinish(compiled), 'nodes with no way to any ending').toEqual([]);
    const explored = exploreScenario(compiled);
    const inert = [...explored.states.values()].filter((s) => s.inert.length > 0).map((s) => `${s.key}: ${JSON.stringify(s.inert)}`);
    expect(inert, 'choices that go nowhere').toEqual([]);
    expect(explored.deadEnds, 'dead ends').toEqual([]);
    expect(explored.cannotFinish.slice(0, 5), 'states that cannot finish').toEqual([]);
    // Exact only when the bounded search covered every conversation state.
    if (!explored.truncated) {
      const unreached = compiled.scenario.endings.map((e) => e.id).filter((id) => !explored.endings.has(id));
      expect(unreached, 'endings no route reaches').toEqual([]);
    }
  });

  it('keeps scores within 0..100 on random routes, and the analysis bounds too', () => {
    const compiled = compiledOf(file, source);
    const machine = createScenarioMachine(compiled);
    const random = seededRandom(4860);
    let finished = 0;
    for (let i = 0; i < RANDOM_ROUTES; i += 1) {
      const end = randomRoute(compiled, machine, random);
      const endingId = end.status === 'done' ? currentId(end, compiled) : null;
      if (endingId) finished += 1;
      const card = scoreAttempt(compiled, end.context.transcript, endingId);
      expect(card.overall).toBeGreaterThanOrEqual(0);
      expect(card.overall).toBeLessThanOrEqual(100);
      for (const dimension of card.dimensions) {
        expect(dimension.score).toBeGreaterThanOrEqual(0);
        expect(dimension.score).toBeLessThanOrEqual(100);
      }
    }
    expect(finished).toBeGreaterThan(RANDOM_ROUTES / 2);
    const analysis = compiled.analysis;
    if (analysis) {
      expect(analysis.worstScore).toBeGreaterThanOrEqual(0);
      expect(analysis.bestScore).toBeLessThanOrEqual(100);
      expect(analysis.worstScore).toBeLessThanOrEqual(analysis.bestScore);
    }
  });
});
