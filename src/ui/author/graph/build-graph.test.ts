import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../engine/authoring';
import { GOOD, lineOf } from '../testing/author-fixtures';
import { buildGraph } from './build-graph';
import { ENDINGS_LANE, LANE_HEADER } from './graph-model';
import { layoutGraph } from './layout-graph';
import { findIdLines } from './node-lines';

function scenarioOf(text: string) {
  const { scenario } = parseScenario(text, 'sample.scenario.yaml');
  if (!scenario) throw new Error('fixture does not parse');
  return scenario;
}

describe('buildGraph', () => {
  it('finds every node’s and ending’s line, and one edge per distinct target', () => {
    const scenario = scenarioOf(GOOD);
    const graph = buildGraph(scenario, GOOD);
    for (const node of graph.nodes) expect(node.line, node.id).toBe(lineOf(GOOD, `id: ${node.id}`));
    // opening-1 → exploring-1 (both choices and the time limit): one edge; plan-1 → its three targets.
    const opening = graph.nodes.findIndex((n) => n.id === 'opening-1');
    expect(graph.edges.filter((e) => e.from === opening).map((e) => graph.nodes[e.to]?.id)).toEqual(['exploring-1']);
    const plan = graph.nodes.findIndex((n) => n.id === 'plan-1');
    expect(
      graph.edges
        .filter((e) => e.from === plan)
        .map((e) => graph.nodes[e.to]?.id)
        .sort(),
    ).toEqual(['reluctant-yes', 'shared-plan', 'walked-out']);
    expect(graph.nodes.find((n) => n.id === 'opening-1')).toMatchObject({ isStart: true, timed: true, unreachable: false, deadEnd: false });
  });

  it('flags unreachable nodes, dead ends and broken links', () => {
    const scenario = scenarioOf(GOOD);
    scenario.nodes.push(
      {
        id: 'orphan',
        phase: 'plan',
        patient: { text: 'Nobody links here.' },
        choices: [{ id: 'a', text: 'x', codes: ['SR'], next: 'loop' }],
      },
      {
        id: 'loop',
        phase: 'plan',
        patient: { text: 'Round and round.' },
        choices: [
          { id: 'a', text: 'x', codes: ['SR'], next: 'orphan' },
          { id: 'b', text: 'y', codes: ['SR'], next: 'nowhere' },
        ],
      },
    );
    const graph = buildGraph(scenario, GOOD);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(byId.get('orphan')).toMatchObject({ unreachable: true, deadEnd: true, line: 0 });
    expect(byId.get('loop')).toMatchObject({ unreachable: true, deadEnd: true, brokenLinks: ['nowhere'] });
    expect(byId.get('plan-1')).toMatchObject({ unreachable: false, deadEnd: false, brokenLinks: [] });
  });
});

describe('layoutGraph', () => {
  it('puts phases in lanes, in the order listed, with columns by distance from the start', () => {
    const scenario = scenarioOf(GOOD);
    const layout = layoutGraph(buildGraph(scenario, GOOD), scenario.phases);
    expect(layout.lanes.map((l) => l.title)).toEqual(['Opening', 'Exploring', 'Plan']);
    const at = (id: string) => layout.nodes.find((n) => n.id === id)!;
    const lane = (id: string) => layout.lanes.find((l) => l.id === at(id).lane)!;
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(lane(node.id).x);
      expect(node.y).toBeGreaterThanOrEqual(LANE_HEADER);
    }
    expect(at('plan-1').x).toBeLessThan(at('shared-plan').x);
    expect(layout.width).toBe(layout.lanes.reduce((sum, l) => sum + l.width, 0));
  });

  it('gives endings without a phase a lane of their own, last', () => {
    const scenario = scenarioOf(GOOD);
    for (const ending of scenario.endings) delete ending.phase;
    const layout = layoutGraph(buildGraph(scenario, GOOD), scenario.phases);
    expect(layout.lanes.at(-1)).toMatchObject({ id: ENDINGS_LANE, title: 'Endings' });
  });
});

describe('findIdLines', () => {
  it('skips nested choice ids, even one equal to the next node’s id, and reads flow style', () => {
    const source = ['nodes:', '  - id: a', '    choices:', '      - id: b', '  - { id: b, phase: x }', 'endings:', '  - id: a-end'].join(
      '\n',
    );
    expect([...findIdLines(source, ['a', 'b'], ['a-end'])]).toEqual([
      ['a', 2],
      ['b', 5],
      ['a-end', 7],
    ]);
  });
});
