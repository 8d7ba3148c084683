import { describe, expect, it } from 'vitest';
import { playedAttempt } from '../debrief/debrief-fixtures';
import { describeProgress, progressSeries, scenarioStyle, scoredByScenario } from './progress-model';

const strong = playedAttempt(['reflect', 'goal']);
const weak = playedAttempt(['reflect', 'argue']);
const at = (base: typeof strong, id: string, finishedAt: number, scenarioId: string, scenarioTitle: string) => ({
  ...base,
  id,
  finishedAt,
  scenarioId,
  scenarioTitle,
});

describe('progress series', () => {
  const records = [
    at(strong, 'b2', 40, 'back-pain', 'Nobody listens'),
    at(weak, 'w1', 20, 'work-injury', 'Nobody believes me'),
    at(weak, 'b1', 10, 'back-pain', 'Nobody listens (old title)'),
    at(strong, 'w2', 30, 'work-injury', 'Nobody believes me'),
    { ...at(strong, 'early', 50, 'work-injury', 'Nobody believes me'), score: null },
  ];

  it('draws one line per scenario, each over its own attempts, never one line through different scenarios', () => {
    const groups = scoredByScenario(records);
    expect(groups.map((g) => [g.scenarioId, g.title, g.attempts.map((a) => a.id)])).toEqual([
      ['back-pain', 'Nobody listens', ['b1', 'b2']],
      ['work-injury', 'Nobody believes me', ['w1', 'w2']],
    ]);
    const series = progressSeries(groups, 'overall');
    expect(series.map((s) => s.label)).toEqual(['Nobody listens', 'Nobody believes me']);
    const [weakScore, strongScore] = [Math.round(weak.score!.overall), Math.round(strong.score!.overall)];
    expect(series[0]!.points).toEqual([
      { x: 1, y: weakScore },
      { x: 2, y: strongScore },
    ]);
    expect(series[1]!.points).toEqual([
      { x: 1, y: weakScore },
      { x: 2, y: strongScore },
    ]);
    expect(describeProgress(series)).toBe(
      `Nobody listens: 2 scored attempts, from ${weakScore} to ${strongScore}. Nobody believes me: 2 scored attempts, from ${weakScore} to ${strongScore}.`,
    );
  });

  it('tells scenarios apart by dash and point shape, not by colour alone', () => {
    const looks = Array.from({ length: 16 }, (_, i) => scenarioStyle(i)).map((s) => `${s.dash}/${s.shape}`);
    expect(new Set(looks).size).toBe(16);
  });

  it('leaves out a dimension a scenario does not assess, and says when nothing is assessed', () => {
    const unassessed = {
      ...strong,
      score: {
        ...strong.score!,
        dimensions: strong.score!.dimensions.map((d) => (d.dimension === 'tasks' ? { ...d, scoreable: false } : d)),
      },
    };
    const series = progressSeries(scoredByScenario([unassessed]), 'tasks');
    expect(series[0]!.points).toEqual([]);
    expect(describeProgress(series)).toBe('Not assessed in your attempts so far.');
  });
});
