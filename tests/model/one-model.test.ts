/**
 * One model: the runtime machine (what the trainee plays), the analysis's
 * state space (what the checker and the decision review search) and the
 * debrief's replay of the ending all take the same step and the same route on
 * every transition of random routes through random scenarios.
 */
import { describe, expect, it } from 'vitest';
import { compileScenario, createSession, playRoute } from '../../src/engine/authoring';
import { lookupScenario, prng, randomRoute, randomScenario, StateSpace } from '../../src/engine/testing';
import { replayEnding } from '../../src/ui/debrief/replay-ending';

const strip = <T extends { at: number }>(entries: readonly T[]) => entries.map(({ at: _at, ...rest }) => rest);

describe.each(Array.from({ length: 12 }, (_, i) => i + 1))('random scenario %i', (seed) => {
  const scenario = randomScenario(seed, 5, 3);
  const compiled = compileScenario(scenario);
  const lookup = lookupScenario(scenario);
  const space = new StateSpace(lookup, { maxStates: 2_000_000 });
  const root = space.root(scenario.start, scenario.initialState, []);
  const rand = prng(seed * 97);
  const routes = Array.from({ length: 25 }, () => randomRoute(compiled, rand));

  it('the runtime machine records the transcript and ending the model plays', () => {
    for (const route of routes) {
      const played = playRoute(compiled, route);
      const session = createSession(compiled, { seed: 7 });
      for (const id of route) session.send(id === 'timeout' ? { type: 'TIME_UP' } : { type: 'CHOOSE', choiceId: id });
      const view = session.getView();
      session.stop();
      expect(strip(view.transcript)).toEqual(strip(played.transcript));
      expect(view.ending?.id ?? null).toBe(played.endingId);
    }
  });

  it('the analysis takes the same step and the same route on every transition', () => {
    expect(root).toBeGreaterThanOrEqual(0);
    const endings = scenario.endings.map((e) => e.id);
    for (const route of routes) {
      const { transcript, endingId } = playRoute(compiled, route);
      transcript.forEach((entry, i) => {
        const s = space.find(entry.nodeId, entry.before, transcript[i - 1]?.codes ?? []);
        expect(s, `state at ${entry.nodeId}`).toBeDefined();
        const moveId = entry.choiceId ?? 'timeout';
        let edge = -1;
        for (let e = space.edgeStart[s!]!; e < space.edgeStart[s!]! + space.edgeCount[s!]!; e++)
          if (space.fast.moves[space.node[s!]!]![space.edgeMove[e]!]!.move.id === moveId) edge = e;
        expect(edge, `edge for ${moveId} at ${entry.nodeId}`).toBeGreaterThanOrEqual(0);
        const child = space.edgeChild[edge]!;
        const next = transcript[i + 1];
        if (next) {
          // Same route (the child's node) and same step (the child's patient state).
          expect(space.fast.nodeIds[space.node[child]!]).toBe(next.nodeId);
          expect(space.find(next.nodeId, entry.after, entry.codes)).toBe(child);
        } else if (endingId !== null) {
          expect(child).toBeLessThan(0);
          expect(endings[-1 - child]).toBe(endingId);
        }
      });
    }
  });

  it("the debrief's replay of the ending agrees with the runtime", () => {
    for (const route of routes) {
      const { transcript, endingId } = playRoute(compiled, route);
      if (endingId === null) continue;
      expect(replayEnding(compiled, compiled.contentHash, transcript)?.id).toBe(endingId);
    }
  });
});
