/**
 * Every shipped scenario (and every fixture that checks clean) is checked,
 * compiled and explored: no error diagnostics, no dead ends, every reachable
 * state can still finish, every ending is reachable, and scores stay in
 * 0..100 on random routes. Works for whatever scenario files exist.
 * State spaces of real scenarios run to 10^5+ conversation states, so the
 * exact search is bounded (see explore-machine.ts); a structural check covers
 * the whole graph and seeded random routes go deep.
 */
import { describe, expect, it } from 'vitest';
import {
  checkScenarioSource,
  compileScenario,
  createScenarioMachine,
  currentId,
  hashScenario,
  scoreTotals,
  type CheckResult,
  type CompiledScenario,
} from '../../src/engine/authoring';
import { exploreScenario, nodesThatCannotFinish, randomRoute, replayMoves, seededRandom } from './explore-machine';

const shipped = import.meta.glob<string>('/scenarios/*.scenario.yaml', { query: '?raw', import: 'default', eager: true });
const fixtures = import.meta.glob<string>('/tests/fixtures/**/*.scenario.yaml', { query: '?raw', import: 'default', eager: true });

const RANDOM_ROUTES = 150;
// Fixtures under invalid/ exist to fail; any other fixture that checks clean is explored too.
const cleanFixtures = Object.entries(fixtures).filter(
  ([file, source]) => !file.includes('/invalid/') && checkScenarioSource(source, file, { analyse: false }).ok,
);
const cases = [
  ...Object.entries(shipped).map(([file, source]) => ({ file, source, shipped: true })),
  ...cleanFixtures.map(([file, source]) => ({ file, source, shipped: false })),
];

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
    // Fixtures may keep an ending for a chosen start state (routes-by-anger), so shipped
    // scenarios only. When the bounded search stopped short, seeded random routes go deeper.
    if (isShipped) {
      const reached = new Set(explored.endings.keys());
      if (explored.truncated) {
        const machine = createScenarioMachine(compiled);
        // Good endings are rare on random routes; the analysis's best and worst routes add them.
        for (const moves of [compiled.analysis?.bestRoute, compiled.analysis?.worstRoute]) {
          const end = moves ? replayMoves(machine, moves) : null;
          if (end?.status === 'done') reached.add(currentId(end, compiled));
        }
        const random = seededRandom(1);
        for (let i = 0; i < 3000; i += 1) {
          const end = randomRoute(compiled, machine, random);
          if (end.status === 'done') reached.add(currentId(end, compiled));
        }
      }
      const unreached = compiled.scenario.endings.map((e) => e.id).filter((id) => !reached.has(id));
      expect(unreached, 'endings no explored or random route reaches').toEqual([]);
    }
  });

  it("replays the analysis's best and worst routes to endings of the outcome it found", () => {
    const compiled = compiledOf(file, source);
    const analysis = compiled.analysis;
    if (!analysis) return;
    const machine = createScenarioMachine(compiled);
    const outcomeOf = (moves: string[]) => {
      const end = replayMoves(machine, moves);
      return end.status === 'done' ? compiled.scenario.endings.find((e) => e.id === currentId(end, compiled))?.outcome : null;
    };
    expect(outcomeOf(analysis.bestRoute)).toBe(analysis.bestOutcome);
    expect(outcomeOf(analysis.worstRoute)).toBe(analysis.worstOutcome);
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
      // scoreTotals is scoreAttempt without the decision review (which searches per turn).
      const card = scoreTotals(compiled, end.context.transcript, endingId);
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
