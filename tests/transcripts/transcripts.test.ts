/**
 * Golden transcripts (Yarn-testplan style). Every <id>.<route>.route.yaml is
 * replayed through a real session (fake timers for 'timeout') and rendered
 * as a readable walkthrough, compared with <id>.<route>.transcript.
 * UPDATE_GOLDEN=1 writes missing or changed goldens instead of failing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import {
  checkScenarioSource,
  createSession,
  PATIENT_STATE_VARIABLES,
  scoreTotals,
  type CompiledScenario,
  type PatientState,
  type SessionView,
} from '../../src/engine/authoring';

interface RouteFile {
  scenario: string;
  route: 'expert' | 'dismissive' | 'recovery';
  description: string;
  choices: string[];
  expect: { ending: string; outcome: string };
}

const glob = (files: Record<string, unknown>) => files as Record<string, string>;
const routes = glob(import.meta.glob('/tests/transcripts/*.route.yaml', { query: '?raw', import: 'default', eager: true }));
const goldens = glob(import.meta.glob('/tests/transcripts/*.transcript', { query: '?raw', import: 'default', eager: true }));
const sources = glob(
  import.meta.glob(['/scenarios/*.scenario.yaml', '/tests/fixtures/**/*.scenario.yaml', '!**/invalid/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const compiledById = new Map<string, CompiledScenario>();
function compiledFor(id: string): CompiledScenario {
  const hit = compiledById.get(id);
  if (hit) return hit;
  const file = `/scenarios/${id}.scenario.yaml`;
  const candidates = file in sources ? [file] : Object.keys(sources).filter((f) => f.endsWith(`/${id}.scenario.yaml`));
  for (const candidate of candidates) {
    const { compiled } = checkScenarioSource(sources[candidate] as string, candidate);
    if (compiled?.scenario.id === id) {
      compiledById.set(id, compiled);
      return compiled;
    }
  }
  throw new Error(`No scenario "${id}" that checks clean (looked for ${file})`);
}

const stateText = (s: PatientState) => PATIENT_STATE_VARIABLES.map((v) => `${v}=${s[v]}`).join(' ');
const deltaText = (before: PatientState, after: PatientState) =>
  PATIENT_STATE_VARIABLES.filter((v) => after[v] !== before[v])
    .map((v) => `${v} ${after[v] > before[v] ? '+' : ''}${after[v] - before[v]}`)
    .join(', ');

function lineOf(view: SessionView): string[] {
  if (!view.patientLine) return [];
  const out = [`line: [${view.nodeId}] (${view.patientLine.expression}) ${JSON.stringify(view.patientLine.text)}`];
  if (view.patientLine.nonverbal) out.push(`nonverbal: ${JSON.stringify(view.patientLine.nonverbal)}`);
  return out;
}

/** Plays the route and renders the walkthrough; throws on a move the scenario does not offer. */
function walkthrough(route: RouteFile, compiled: CompiledScenario): { text: string; view: SessionView; score: number } {
  const session = createSession(compiled);
  const out = [`# ${route.scenario} · ${route.route}`, `# ${route.description}`, `start: ${stateText(session.getView().patient)}`];
  for (const move of route.choices) {
    const view = session.getView();
    out.push(...lineOf(view));
    if (view.status !== 'active') throw new Error(`Route continues after the conversation ended at "${view.nodeId}"`);
    if (move === 'timeout') {
      if (view.timeLimitSeconds === null) throw new Error(`"timeout" at "${view.nodeId}", which has no time limit`);
      vi.advanceTimersByTime(view.timeLimitSeconds * 1000);
    } else {
      const choice = view.choices.find((c) => c.id === move);
      if (!choice) throw new Error(`No choice "${move}" at "${view.nodeId}" (offered: ${view.choices.map((c) => c.id).join(', ')})`);
      session.send({ type: 'CHOOSE', choiceId: move });
    }
    const entry = session.getView().transcript.at(-1);
    if (!entry) throw new Error(`Move "${move}" at "${view.nodeId}" recorded nothing`);
    const codes = `[${entry.codes.join(', ')}]`;
    const text = view.choices.find((c) => c.id === move)?.text ?? '';
    out.push(
      move === 'timeout' ? `timeout: after ${view.timeLimitSeconds} s ${codes}` : `choose: ${move} ${JSON.stringify(text)} ${codes}`,
    );
    out.push(
      `state: ${stateText(entry.after)}${deltaText(entry.before, entry.after) ? `  (${deltaText(entry.before, entry.after)})` : ''}`,
    );
  }
  const view = session.getView();
  session.stop();
  const totals = scoreTotals(compiled, view.transcript, view.ending?.id ?? null);
  if (view.ending) {
    out.push(`end: ${view.ending.id} (${view.ending.outcome}) ${JSON.stringify(view.ending.title)}`);
    if (view.ending.patientLine) out.push(`line: ${JSON.stringify(view.ending.patientLine)}`);
  } else out.push(`stopped: [${view.nodeId}] without an ending`);
  out.push(`score: ${totals.overall}`, `dimensions: ${totals.dimensions.map((d) => `${d.dimension}=${d.score}`).join(' ')}`);
  return { text: `${out.join('\n')}\n`, view, score: totals.overall };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 0, 1));
});
afterEach(() => vi.useRealTimers());

it('finds route files', () => {
  expect(Object.keys(routes).length).toBeGreaterThan(0);
});

describe.each(Object.keys(routes).sort())('%s', (file) => {
  const route = parse(routes[file] as string) as RouteFile;
  const goldenFile = file.replace(/\.route\.yaml$/, '.transcript');

  it('names its scenario and route as the file does', () => {
    expect(file).toBe(`/tests/transcripts/${route.scenario}.${route.route}.route.yaml`);
    expect(route.choices.length).toBeGreaterThan(0);
  });

  it('replays to the expected ending and matches the golden transcript', { timeout: 120_000 }, () => {
    const { text, view, score } = walkthrough(route, compiledFor(route.scenario));
    expect(view.ending?.id).toBe(route.expect.ending);
    expect(view.ending?.outcome).toBe(route.expect.outcome);
    if (route.route === 'expert') expect(score).toBeGreaterThanOrEqual(85);
    if (route.route === 'dismissive') expect(score).toBeLessThanOrEqual(25);
    if (UPDATE && goldens[goldenFile] !== text) writeFileSync(resolve(process.cwd(), `.${goldenFile}`), text);
    else if (goldens[goldenFile] === undefined) throw new Error(`No golden ${goldenFile}; run with UPDATE_GOLDEN=1 to create it`);
    else expect(text).toBe(goldens[goldenFile]);
  });
});
