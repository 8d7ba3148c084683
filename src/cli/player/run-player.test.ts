// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkScenarioFile } from '../../build/check-files';
import { choiceOrder, createSession, type CompiledScenario } from '../../engine/trainee';
import { EXIT, runPlayer } from './run-player';

const FIXTURE = 'tests/fixtures/time-limit/time-limit-silence.scenario.yaml';
const TEMP = mkdtempSync(join(tmpdir(), 'cg-play-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));
const SHIPPED = 'scenarios/work-injury-claim.scenario.yaml';

interface Turn {
  type: 'turn';
  node: string;
  patient: string;
  options: { key: number; id: string; text: string }[];
  timeLimit: number | null;
  state: Record<string, number>;
}
type Line = Turn | { type: 'error'; message: string } | { type: 'end'; ending: string; outcome: string; score: number };

/** Runs the player with `input` as stdin lines; the seed drawn when none is given is 1234. */
async function play(argv: string[], input: string[] = [], drawSeed = () => 1234) {
  let out = '';
  const err: string[] = [];
  const code = await runPlayer(argv, {
    cwd: process.cwd(),
    input: Readable.from(input.map((line) => `${line}\n`)),
    write: (text) => void (out += text),
    err: (text) => void err.push(text),
    drawSeed,
  });
  const jsonl = argv.includes('--jsonl')
    ? out
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Line)
    : [];
  return { code, out, err, lines: jsonl };
}

const compiledCache = new Map<string, CompiledScenario>();
function compiled(file: string): CompiledScenario {
  let hit = compiledCache.get(file);
  if (!hit) {
    hit = checkScenarioFile(process.cwd(), file, { analyse: false }).compiled!;
    compiledCache.set(file, hit);
  }
  return hit;
}

/** The key of choice `id` at `nodeId` for `seed`, from the engine's own order. */
function keyOf(file: string, seed: number, nodeId: string, id: string): string {
  const node = compiled(file).scenario.nodes.find((n) => n.id === nodeId)!;
  return String(choiceOrder(seed, nodeId, node.choices).findIndex((c) => c.id === id) + 1);
}

describe('npm run play --jsonl', () => {
  it("prints each turn in the contract shape, with the options in the engine's order for the seed", async () => {
    const { lines } = await play([FIXTURE, '--jsonl', '--seed', '99'], []);
    const turn = lines[0] as Turn;
    expect(Object.keys(turn)).toEqual(['type', 'node', 'patient', 'options', 'timeLimit', 'state']);
    const view = createSession(compiled(FIXTURE), { seed: 99 }).getView();
    expect(turn).toEqual({
      type: 'turn',
      node: 'opening-1',
      patient: 'Well?',
      options: view.choices.map((c, i) => ({ key: i + 1, id: c.id, text: c.text })),
      timeLimit: 20,
      state: { anger: 50, trust: 30, injustice: 30, goalAgreement: 10, taskAgreement: 10 },
    });
    for (const option of turn.options) expect(Object.keys(option)).toEqual(['key', 'id', 'text']);
  });

  it('plays to an ending by keys and ends with the ending, its outcome and a 0–100 score', async () => {
    const seed = 5;
    const { code, lines } = await play([FIXTURE, '--jsonl', '--seed', String(seed)], [keyOf(FIXTURE, seed, 'opening-1', 'a'), '1']);
    expect(code).toBe(EXIT.ended);
    expect(lines.map((l) => (l.type === 'turn' ? l.node : l.type))).toEqual(['opening-1', 'opening-2', 'end']);
    const end = lines.at(-1) as Extract<Line, { type: 'end' }>;
    expect(end).toEqual({ type: 'end', ending: 'agreed', outcome: 'alliance', score: expect.any(Number) });
    expect(Object.keys(end)).toEqual(['type', 'ending', 'outcome', 'score']);
    expect(end.score).toBeGreaterThanOrEqual(0);
    expect(end.score).toBeLessThanOrEqual(100);
  });

  it('gives the same output for the same seed, and other orders for other seeds', async () => {
    const first = await play([SHIPPED, '--jsonl', '--seed', '42'], ['1', '1', '1']);
    const again = await play([SHIPPED, '--jsonl', '--seed', '42'], ['1', '1', '1']);
    expect(again.out).toBe(first.out);
    const orders = new Set<string>();
    // Each run is a process; stop at the first seed that gives another order.
    for (const seed of [1, 2, 3, 4]) {
      const { lines } = await play([SHIPPED, '--jsonl', '--seed', String(seed)], []);
      orders.add((lines[0] as Turn).options.map((o) => o.id).join(''));
      if (orders.size > 1) break;
    }
    expect(orders.size).toBeGreaterThan(1);
  }, 180_000);

  it('answers a bad line with an error line and the same turn again', async () => {
    const { lines } = await play([FIXTURE, '--jsonl', '--seed', '3'], ['7', 'hello', '']);
    expect(lines.map((l) => l.type)).toEqual(['turn', 'error', 'turn', 'error', 'turn', 'error', 'turn', 'error']);
    expect(lines[2]).toEqual(lines[0]);
    expect(lines[4]).toEqual(lines[0]);
    expect((lines[1] as { message: string }).message).toMatch(/"7" is not an option.*1–2.*wait/);
  });

  it('lets a time limit run out on `wait`, and calls `wait` on an untimed node an error', async () => {
    const { code, lines } = await play([FIXTURE, '--jsonl', '--seed', '3'], ['wait']);
    expect(code).toBe(EXIT.ended);
    // The silence adds anger 8 to 50, and at 55 or more the route leads out.
    expect(lines.at(-1)).toMatchObject({ type: 'end', ending: 'walked-out', outcome: 'escalated' });

    const untimed = await play([FIXTURE, '--jsonl', '--seed', '3'], [keyOf(FIXTURE, 3, 'opening-1', 'a'), 'wait', '1']);
    expect(untimed.lines.map((l) => (l.type === 'turn' ? l.node : l.type))).toEqual([
      'opening-1',
      'opening-2',
      'error',
      'opening-2',
      'end',
    ]);
    expect(untimed.lines[1]).toMatchObject({ timeLimit: null });
    expect((untimed.lines[2] as { message: string }).message).toMatch(/no time limit/);
  });

  it('exits 2 with an error line when input ends before the conversation', async () => {
    const { code, lines } = await play([FIXTURE, '--jsonl', '--seed', '3'], []);
    expect(code).toBe(EXIT.usage);
    expect(lines.at(-1)).toEqual({ type: 'error', message: 'Input ended before the conversation did (at node "opening-1").' });
  });

  it('plays a shipped scenario along its golden expert route to the alliance ending', async () => {
    const route = parse(readFileSync('tests/transcripts/work-injury-claim.expert.route.yaml', 'utf8')) as { choices: string[] };
    const seed = 2024;
    // Keys come from the engine's order at each node the route visits, read from the turns as they arrive.
    const session = createSession(compiled(SHIPPED), { seed });
    const keys = route.choices.map((id) => {
      const key = String(session.getView().choices.findIndex((c) => c.id === id) + 1);
      session.send({ type: 'CHOOSE', choiceId: id });
      return key;
    });
    session.stop();
    const { code, lines } = await play([SHIPPED, '--jsonl', '--seed', String(seed)], keys);
    expect(code).toBe(EXIT.ended);
    const turns = lines.filter((l): l is Turn => l.type === 'turn');
    expect(turns).toHaveLength(route.choices.length);
    turns.forEach((turn, i) => expect(turn.options[Number(keys[i]) - 1]?.id).toBe(route.choices[i]));
    expect(lines.at(-1)).toMatchObject({ type: 'end', ending: 'shared-plan', outcome: 'alliance' });
  }, 60_000);
});

describe('npm run play: bad files and arguments', () => {
  const dir = TEMP;

  it.each([
    ['an empty file', 'tests/fixtures/invalid/scn001-empty-file.scenario.yaml', 'SCN001'],
    ['an alias bomb', 'tests/fixtures/invalid/scn005-alias-bomb.scenario.yaml', 'SCN005'],
    ['a pin claimed twice', 'tests/fixtures/invalid/scn062-duplicate-pin.scenario.yaml', 'SCN062'],
  ])("%s: the checker's diagnostic lines and exit 1, nothing on stdout", async (_what, file, code) => {
    const started = performance.now();
    const result = await play([file, '--jsonl'], ['1']);
    // A guard against a hang (an alias bomb expanding), not a speed test: a process start on a loaded machine takes seconds.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.code).toBe(EXIT.badFile);
    expect(result.out).toBe('');
    expect(result.err.some((line) => line.startsWith(`${file}:`) && line.includes(` error ${code} `))).toBe(true);
  });

  it('binary and huge files get coded diagnostics too', async () => {
    const binary = join(dir, 'binary.scenario.yaml');
    writeFileSync(binary, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x00, 0x0a]));
    const huge = join(dir, 'huge.scenario.yaml');
    writeFileSync(huge, 'id: x\n');
    truncateSync(huge, 50_000_000);
    for (const [file, code] of [
      [binary, 'SCN003'],
      [huge, 'SCN002'],
    ] as const) {
      const result = await play([file]);
      expect(result.code).toBe(EXIT.badFile);
      expect(result.err.join('\n')).toMatch(new RegExp(` error ${code} `));
    }
  });

  it('refuses unknown options, bad seeds, missing and extra files with exit 2', async () => {
    for (const argv of [
      [FIXTURE, '--fast'],
      [FIXTURE, '--seed', '-1'],
      [FIXTURE, '--seed', '4294967296'],
      [FIXTURE, '--seed'],
      [],
      [FIXTURE, FIXTURE],
      ['nope.scenario.yaml'],
    ]) {
      const result = await play(argv);
      expect(result.code, argv.join(' ')).toBe(EXIT.usage);
      expect(result.out).toBe('');
    }
  });

  it('reports an unexpected failure as one clean line, never a stack trace', async () => {
    const result = await play([FIXTURE, '--jsonl'], [], () => {
      throw new Error('no entropy');
    });
    expect(result.code).toBe(EXIT.failed);
    expect(result.lines).toEqual([{ type: 'error', message: 'The player failed unexpectedly: no entropy' }]);
    expect(result.out).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe('npm run play for people', () => {
  it('shows the line, the cue, numbered options in shuffled order, the time limit, the state with --coach, and the score', async () => {
    const seed = 11;
    const node = compiled(FIXTURE).scenario.nodes[0]!;
    const order = choiceOrder(seed, node.id, node.choices);
    const { code, out } = await play([FIXTURE, '--coach', '--seed', String(seed)], ['9', 'w']);
    expect(code).toBe(EXIT.ended);
    expect(out).toContain('Seed 11: play the same order again with --seed 11.');
    expect(out).toContain('Test Patient: "Well?"');
    expect(out).toContain('State: anger 50, trust 30, injustice 30, goal agreement 10, task agreement 10');
    expect(out).toContain('Time limit: 20 s (type w to let it run out)');
    expect(out).toContain(order.map((c, i) => `  ${i + 1}. ${c.text}`).join('\n'));
    expect(out).toContain('"9" is not an option');
    expect(out).toMatch(/Ending: Walked out \(escalated\)\nThey leave\.\nScore: \d+ \/ 100/);
    expect(out).not.toContain('State:  ');
  });

  it('hides the state without --coach and prints a drawn seed so the run can be repeated', async () => {
    const { out } = await play([FIXTURE], ['w'], () => 777);
    expect(out).toContain('--seed 777');
    expect(out).not.toContain('State:');
  });

  it("never sends a scenario's control characters to the terminal", async () => {
    const source = readFileSync(FIXTURE, 'utf8').replace('text: "Well?"', 'text: "Well?\\u001b[2J\\u0007"');
    const file = join(TEMP, 'time-limit-silence.scenario.yaml');
    writeFileSync(file, source);
    const { code, out } = await play([file, '--seed', '1'], ['w']);
    expect(code).toBe(EXIT.ended);
    expect(out).toContain('"Well? [2J "');
    // eslint-disable-next-line no-control-regex -- the assertion is that no control character reaches the terminal.
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});

describe('npm run play (spawned)', () => {
  it('runs as a command: same seed, same turns, exit 0 at the ending', () => {
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/play-scenario.ts', FIXTURE, '--jsonl', '--seed', '8'], {
        input: `${keyOf(FIXTURE, 8, 'opening-1', 'a')}\n1\n`,
        encoding: 'utf8',
        timeout: 30_000,
      });
    const result = run();
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line);
    expect(lines.map((l) => l.type)).toEqual(['turn', 'turn', 'end']);
    expect(result.stderr).toContain('Seed 8');
    expect(run().stdout).toBe(result.stdout);
  }, 60_000);
});
