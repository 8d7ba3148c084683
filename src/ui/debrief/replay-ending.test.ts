import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseScenario } from '../../engine/authoring';
import { createSession } from '../scenarios/engine';
import { replayEnding } from './replay-ending';

const DIR = resolve(__dirname, '../../../scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.scenario.yaml'));

/** A small deterministic PRNG, so the sampled paths are the same every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('replayEnding', () => {
  it.each(files)('finds the same ending as the engine on sampled paths (%s)', (file) => {
    const { scenario } = parseScenario(readFileSync(resolve(DIR, file), 'utf8'), file);
    expect(scenario).not.toBeNull();
    const compiled = compileScenario(scenario!);
    const random = rng(file.length * 7919);
    let ended = 0;
    for (let run = 0; run < 25; run++) {
      const session = createSession(compiled, { timeLimitFactor: 1 });
      let view = session.getView();
      const stopAfter = run % 5 === 4 ? 2 : Infinity;
      for (let turn = 0; view.status !== 'ended' && turn < 80 && turn < stopAfter; turn++) {
        const silent = view.timeLimitSeconds !== null && random() < 0.15;
        const choice = view.choices[Math.floor(random() * view.choices.length)];
        session.send(silent || !choice ? { type: 'TIME_UP' } : { type: 'CHOOSE', choiceId: choice.id });
        view = session.getView();
      }
      session.stop();
      if (view.ending) ended++;
      expect(replayEnding(compiled, compiled.contentHash, view.transcript)).toEqual(view.ending);
    }
    expect(ended).toBeGreaterThan(0);
  });

  it('gives null when the content changed or nothing was said', () => {
    const file = files[0]!;
    const compiled = compileScenario(parseScenario(readFileSync(resolve(DIR, file), 'utf8'), file).scenario!);
    expect(replayEnding(compiled, compiled.contentHash, [])).toBeNull();
    expect(replayEnding(compiled, 'fnv1a64:other', [])).toBeNull();
  });
});
