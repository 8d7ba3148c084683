import { describe, expect, it } from 'vitest';
import { analyseScenario } from './analyse-scenario';
import { buildDebrief } from './debrief';
import { playRoute } from './play-route';
import { scoreAttempt } from './score-attempt';
import { fourOutcomeScenario } from '../runtime/testing/four-outcome-scenario';

const scenario = fourOutcomeScenario();
const compiled = { scenario, analysis: analyseScenario({ scenario }) };
const debriefOf = (route: string[]) => {
  const { transcript, endingId } = playRoute(compiled, route);
  return buildDebrief(compiled, scoreAttempt(compiled, transcript, endingId));
};

describe('buildDebrief', () => {
  it('explains every dimension in the second person', () => {
    const d = debriefOf(['c', 'b', 'b']);
    expect(d.dimensions.map((x) => x.dimension)).toEqual(['goals', 'tasks', 'bond', 'trust', 'communication']);
    for (const x of d.dimensions) {
      expect(x.explanation).toMatch(/^You reached \d+ of 100/);
      expect(x.headline.length).toBeGreaterThan(0);
    }
    expect(d.dimensions.find((x) => x.dimension === 'communication')!.explanation).toMatch(/suffered from string of closed questions/);
  });

  it('says in one sentence how the overall score follows from the dimensions and the ending, and the arithmetic holds', () => {
    for (const route of [compiled.analysis.bestRoute, compiled.analysis.worstRoute, ['c', 'b', 'b'], ['timeout', 'a', 'a']]) {
      const d = debriefOf(route);
      const m =
        /overall score of (\d+) is 60% the average of your five dimension scores \((\d+)\) and 40% how the conversation ended \((\w+), worth (\d+)\)/.exec(
          d.overallExplanation,
        );
      expect(m, d.overallExplanation).not.toBeNull();
      const [overall, mean, , worth] = [Number(m![1]), Number(m![2]), m![3], Number(m![4])];
      expect(overall).toBe(d.overall);
      expect(Math.abs(0.6 * mean + 0.4 * worth - overall)).toBeLessThanOrEqual(1);
    }
  });

  it('explains the meter dimensions by how the meter moved, so the words agree with the meters', () => {
    const { transcript, endingId } = playRoute(compiled, compiled.analysis.bestRoute);
    const d = buildDebrief(compiled, scoreAttempt(compiled, transcript, endingId));
    const trust = d.dimensions.find((x) => x.dimension === 'trust')!.explanation;
    expect(trust).toContain(`went from ${transcript[0]!.before.trust} to ${transcript.at(-1)!.after.trust}`);
    const bond = d.dimensions.find((x) => x.dimension === 'bond')!.explanation;
    expect(bond).toContain(`anger moved: it went from ${transcript[0]!.before.anger} to ${transcript.at(-1)!.after.anger}`);
  });

  it('highlights the 2–3 most costly decisions with the better option, why and evidence, in conversation order', () => {
    const d = debriefOf(['c', 'b', 'b']);
    expect(d.highlights.length).toBeGreaterThanOrEqual(2);
    expect(d.highlights.length).toBeLessThanOrEqual(3);
    const turns = d.highlights.map((h) => h.turn);
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
    for (const h of d.highlights) {
      expect(h.betterText).toMatch(/^Say /);
      expect(h.chosenText).toMatch(/^Say /);
      expect(h.why).toMatch(/A stronger option here/);
      expect(h.evidence.length).toBeGreaterThan(0);
      expect(h.patientText).toMatch(/^Patient at /);
    }
  });

  it('gives each highlight what happened next, how the meters moved, and the one or two sources that carry it', () => {
    const { transcript, endingId } = playRoute(compiled, ['c', 'b', 'b']);
    const d = buildDebrief(compiled, scoreAttempt(compiled, transcript, endingId));
    const [first, last] = [d.highlights[0]!, d.highlights.at(-1)!];
    expect(first.next).toEqual({ patientText: 'Patient at explore', nonverbal: null, endingTitle: null });
    expect(last.next).toMatchObject({ endingTitle: 'gone' });
    const t0 = transcript[first.turn]!;
    expect(first.effect).toContain(`anger rose from ${t0.before.anger} to ${t0.after.anger}`);
    for (const h of d.highlights) {
      expect(h.keyEvidence.length).toBeGreaterThanOrEqual(1);
      expect(h.keyEvidence.length).toBeLessThanOrEqual(2);
      for (const id of h.keyEvidence) expect(h.evidence).toContain(id);
    }
    expect(
      d.takeaways
        .filter((t) => t.kind === 'improve')
        .map((t) => t.turn)
        .sort(),
    ).toEqual(d.highlights.map((h) => h.turn));
  });

  it('has no highlights and praises restraint on the best route', () => {
    const d = debriefOf(compiled.analysis.bestRoute);
    expect(d.highlights).toEqual([]);
    expect(d.overall).toBe(compiled.analysis.bestScore);
    expect(d.outcome).toMatchObject({ outcome: 'alliance', title: 'together' });
    expect(d.outcome.summary).toMatch(/shared plan.*Ending together/);
    expect(d.miti.find((m) => m.id === 'nonAdherent')!.summary).toMatch(/never argued/);
  });

  it('summarises an unfinished attempt and collects evidence ids', () => {
    const { transcript } = playRoute(compiled, ['a']);
    const d = buildDebrief(compiled, scoreAttempt(compiled, transcript, null));
    expect(d.outcome).toEqual({ outcome: null, title: null, summary: expect.stringMatching(/not finished/) });
    expect(d.evidenceIds).toEqual(expect.arrayContaining(['linton-2012-validation']));
    expect(d.miti).toHaveLength(4);
  });
});
