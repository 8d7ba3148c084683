import { scaleBand, scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bandScale, linearScale } from './linear-scale';

// d3-scale stays installed for the dashboard, so the charts' own scales are checked against it.
describe('linearScale', () => {
  const cases: [domain: [number, number], range: [number, number]][] = [
    [
      [0, 100],
      [0, 480],
    ],
    [
      [0, 100],
      [220, 0],
    ],
    [
      [1, 7],
      [0, 313],
    ],
    [
      [-12, 35],
      [10, 600],
    ],
    [
      [3, 3],
      [0, 200],
    ],
    [
      [0, 0.37],
      [0, 90],
    ],
  ];

  it.each(cases)('places values as d3 does for domain %j and range %j', (domain, range) => {
    const ours = linearScale(domain, range);
    const d3 = scaleLinear().domain(domain).range(range);
    for (const value of [domain[0], domain[1], (domain[0] + domain[1]) / 2, domain[0] - 5, domain[1] + 2.5]) {
      expect(ours(value)).toBeCloseTo(d3(value), 9);
    }
  });

  it.each(cases)('picks the same ticks as d3 for domain %j', (domain, range) => {
    const ours = linearScale(domain, range);
    const d3 = scaleLinear().domain(domain).range(range);
    for (const count of [2, 5, 7, 12, undefined]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
  });
});

describe('bandScale', () => {
  it('starts each band where d3 does, and knows no other keys', () => {
    const keys = ['goals', 'tasks', 'bond', 'trust', 'communication'];
    const ours = bandScale(keys, [0, 330]);
    const d3 = scaleBand<string>().domain(keys).range([0, 330]);
    for (const key of keys) expect(ours(key)).toBeCloseTo(d3(key) as number, 9);
    expect(ours('other')).toBeUndefined();
  });

  it('counts a repeated key once, as d3 does', () => {
    const ours = bandScale(['a', 'b', 'a', 'c'], [0, 90]);
    const d3 = scaleBand<string>().domain(['a', 'b', 'a', 'c']).range([0, 90]);
    for (const key of ['a', 'b', 'c']) expect(ours(key)).toBeCloseTo(d3(key) as number, 9);
  });
});
