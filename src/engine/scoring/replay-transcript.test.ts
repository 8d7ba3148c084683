import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../format/parse-scenario';
import { compileScenario } from '../runtime/compile-scenario';
import { createSession } from '../runtime/create-session';
import { replayTranscript } from './replay-transcript';
import { fourOutcomeScenario } from '../runtime/testing/four-outcome-scenario';

const DIR = resolve(__dirname, '../../../scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.scenario.yaml'));

/** A small deterministic PRNG, so the sampled paths are the same every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('replayTranscript', () => {
  it.each(files)('derives exactly what the runtime recorded, on sampled paths (%s)', (file) => {
    const compiled = compileScenario(parseScenario(readFileSync(resolve(DIR, file), 'utf8'), file).scenario!);
    const random = rng(file.length * 104_729);
    for (let run = 0; run < 12; run++) {
      const session = createSession(compiled, { timeLimitFactor: 1 });
      let view = session.getView();
      const stopAfter = run % 4 === 3 ? 2 : Infinity;
      for (let turn = 0; view.status !== 'ended' && turn < 80 && turn < stopAfter; turn++) {
        const silent = view.timeLimitSeconds !== null && random() < 0.15;
        const choice = view.choices[Math.floor(random() * view.choices.length)];
        session.send(silent || !choice ? { type: 'TIME_UP' } : { type: 'CHOOSE', choiceId: choice.id });
        view = session.getView();
      }
      session.stop();
      expect(replayTranscript(compiled, view.transcript)).toEqual({
        ok: true,
        transcript: view.transcript,
        endingId: view.ending?.id ?? null,
      });
    }
  });

  it('reads only the node, response and time of each recorded turn', () => {
    const compiled = { scenario: fourOutcomeScenario() };
    const start = compiled.scenario.start;
    const first = compiled.scenario.nodes.find((node) => node.id === start)!.choices[0]!;
    const forged = { nodeId: start, kind: 'choice' as const, choiceId: first.id, at: 5, codes: ['VAL'], after: { anger: 0 } };
    const replayed = replayTranscript(compiled, [forged]);
    expect(replayed.ok && replayed.transcript[0]).toMatchObject({ codes: first.codes, before: compiled.scenario.initialState, at: 5 });
  });

  it('names the first turn that cannot have happened', () => {
    const compiled = { scenario: fourOutcomeScenario() };
    const start = compiled.scenario.start;
    expect(replayTranscript(compiled, [{ nodeId: start, kind: 'choice', choiceId: 'nope', at: 0 }])).toEqual({
      ok: false,
      turn: 0,
      problem: `decision 1 picks “nope”, which “${start}” does not offer`,
    });
    expect(replayTranscript(compiled, [{ nodeId: 'elsewhere', kind: 'choice', choiceId: 'a', at: 0 }])).toMatchObject({
      ok: false,
      problem: `decision 1 is at “elsewhere”, but the conversation was at “${start}” then`,
    });
  });
});
