/**
 * The golden routes under shuffled choice orders: routes name choice ids, so
 * every seed must replay to exactly the transcript the authored order gives
 * (same turns, codes, patient states, ending and score). The goldens
 * themselves are checked against the authored order by transcripts.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { checkScenarioSource, createSession, scoreTotals, type CompiledScenario } from '../../src/engine/authoring';

interface RouteFile {
  scenario: string;
  route: string;
  choices: string[];
}

const glob = (files: Record<string, unknown>) => files as Record<string, string>;
const routes = glob(import.meta.glob('/tests/transcripts/*.route.yaml', { query: '?raw', import: 'default', eager: true }));
const sources = glob(import.meta.glob('/scenarios/*.scenario.yaml', { query: '?raw', import: 'default', eager: true }));
const SEEDS = [1, 42, 2_654_435_761, 0xffffffff];

const compiledById = new Map<string, CompiledScenario>();
function compiledFor(id: string): CompiledScenario {
  const file = `/scenarios/${id}.scenario.yaml`;
  let compiled = compiledById.get(id);
  if (!compiled) {
    compiled = checkScenarioSource(sources[file] ?? '', file, { analyse: false }).compiled ?? undefined;
    if (!compiled) throw new Error(`${file} does not check clean`);
    compiledById.set(id, compiled);
  }
  return compiled;
}

/** Plays the route by choice id and renders everything it produced, plus the orders shown. */
function play(route: RouteFile, seed: number | undefined): { text: string; orders: string[] } {
  const compiled = compiledFor(route.scenario);
  // Every play starts at the same moment, so turn times (which time limits move on) compare equal.
  vi.setSystemTime(Date.UTC(2026, 0, 1));
  const session = createSession(compiled, seed === undefined ? {} : { seed });
  const orders: string[] = [];
  for (const move of route.choices) {
    const view = session.getView();
    orders.push(view.choices.map((c) => c.id).join(','));
    if (move === 'timeout') vi.advanceTimersByTime((view.timeLimitSeconds ?? 0) * 1000);
    else session.send({ type: 'CHOOSE', choiceId: move });
  }
  const view = session.getView();
  session.stop();
  const totals = scoreTotals(compiled, view.transcript, view.ending?.id ?? null);
  return { text: JSON.stringify({ transcript: view.transcript, ending: view.ending, totals }, null, 1), orders };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe.each(Object.keys(routes).sort())('%s under shuffled choice orders', (file) => {
  const route = parse(routes[file] as string) as RouteFile;

  it('replays to the same transcript, ending and score with every seed', { timeout: 120_000 }, () => {
    const authored = play(route, undefined);
    expect(authored.text).toContain('"ending": {');
    let shuffledSomewhere = false;
    for (const seed of SEEDS) {
      const shuffled = play(route, seed);
      expect(shuffled.text).toBe(authored.text);
      if (shuffled.orders.some((order, i) => order !== authored.orders[i])) shuffledSomewhere = true;
    }
    // The test means something only if the orders really differed.
    expect(shuffledSomewhere).toBe(true);
  });
});
