import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../scoring/analyse-scenario';
import { playRoute } from '../scoring/play-route';
import { scoreAttempt } from '../scoring/score-attempt';
import { compileScenario, hashScenario } from './compile-scenario';
import { forPlay } from './play-scenario';
import { smallScenario } from './testing/small-scenario';

function wholeScenario() {
  const base = smallScenario();
  const scenario = smallScenario({
    nodes: base.nodes.map((node) => ({
      ...node,
      ...(node.timeLimit ? { timeLimit: { ...node.timeLimit, feedback: `Silence at ${node.id}.` } } : {}),
      choices: node.choices.map((choice) => ({ ...choice, feedback: `Why ${choice.id}.` })),
    })),
  });
  return { ...compileScenario(scenario), analysis: analyseScenario({ scenario }) };
}

describe('forPlay', () => {
  it('drops every feedback and the analysis, and keeps everything else as it was', () => {
    const whole = wholeScenario();
    const before = JSON.stringify(whole);
    const lean = forPlay(whole);
    expect(JSON.stringify(lean)).not.toContain('feedback');
    expect(lean.analysis).toBeUndefined();
    expect(lean.playOnly).toBe(true);
    // Put back, the feedback makes the whole scenario again: nothing else was touched.
    const restored = {
      ...lean,
      scenario: {
        ...lean.scenario,
        nodes: lean.scenario.nodes.map((node, n) => ({
          ...node,
          ...(node.timeLimit ? { timeLimit: { ...node.timeLimit, feedback: whole.scenario.nodes[n]?.timeLimit?.feedback } } : {}),
          choices: node.choices.map((choice, c) => ({ ...choice, feedback: whole.scenario.nodes[n]?.choices[c]?.feedback })),
        })),
      },
    };
    const { playOnly: _marker, ...unmarked } = restored;
    expect({ ...unmarked, analysis: whole.analysis }).toEqual(whole);
    expect(JSON.stringify(whole)).toBe(before);
  });

  it('keeps the whole scenario\u2019s content hash, so saves and attempts still match', () => {
    const whole = wholeScenario();
    expect(forPlay(whole).contentHash).toBe(hashScenario(whole.scenario));
  });

  it('cannot be scored: the decision review quotes the feedback it lacks', () => {
    const whole = wholeScenario();
    const { transcript, endingId } = playRoute(whole, ['reflect', 'goal']);
    const card = scoreAttempt(whole, transcript, endingId);
    expect(card.decisions[0]?.why).toContain('Why reflect.');
    expect(() => scoreAttempt(forPlay(whole), transcript, endingId)).toThrow(/play-only/);
  });
});
