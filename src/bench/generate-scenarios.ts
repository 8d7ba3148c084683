/**
 * Synthetic scenarios for the benchmark: N nodes, each with three choices
 * leading onward, as a v1 Scenario (and its YAML text) and as the equivalent
 * ink story (a knot per node, three choices diverting onward). Choice 0
 * always leads to the next node, so always picking it visits every node.
 */
import { stringify } from 'yaml';
import type { DialogueNode, Scenario } from '../engine/trainee';

const CODES = [['CR'], ['EXP', 'SR'], ['DIS']];
const LINE = 'I have been in pain for months and nobody listens to me at all.';
const choiceText = (c: number, i: number) => `Response ${c} at node ${i}, said with care.`;

/** Where choice `c` of node `i` leads: three nodes ahead at most, then an ending. */
function target(i: number, c: number, nodes: number, names: { node: (n: number) => string; ok: string; bad: string }) {
  const next = i + c + 1;
  return next < nodes ? names.node(next) : c === 2 ? names.bad : names.ok;
}

export function generateScenario(nodes: number): Scenario {
  const names = { node: (n: number) => `n${n}`, ok: 'agreed', bad: 'walked-out' };
  const list: DialogueNode[] = [];
  for (let i = 0; i < nodes; i += 1) {
    list.push({
      id: `n${i}`,
      phase: 'talk',
      patient: { text: `${LINE} (${i})` },
      choices: [0, 1, 2].map((c) => ({ id: `c${c}`, text: choiceText(c, i), codes: CODES[c] ?? [], next: target(i, c, nodes, names) })),
    });
  }
  return {
    schemaVersion: 1,
    id: `bench-${nodes}`,
    title: `Benchmark with ${nodes} nodes`,
    summary: 'A generated scenario for the benchmark.',
    difficulty: 'introductory',
    estimatedMinutes: 10,
    learningObjectives: ['Measure the engine'],
    factors: ['anger', 'trust'],
    persona: {
      name: 'Bench Patient',
      age: 50,
      condition: 'Chronic low back pain',
      painHistory: 'Fourteen months since a lifting injury.',
      context: 'Generated for timing.',
      values: ['Getting back to work'],
      barriers: ['Shift work'],
    },
    setting: { country: 'GB', care: 'NHS outpatient physiotherapy' },
    initialState: { anger: 50, trust: 30, injustice: 40, goalAgreement: 10, taskAgreement: 10 },
    phases: [{ id: 'talk', title: 'Talk' }],
    start: 'n0',
    nodes: list,
    endings: [
      { id: 'agreed', outcome: 'alliance', title: 'Agreed', text: 'They agree on a plan.' },
      { id: 'walked-out', outcome: 'escalated', title: 'Walked out', text: 'They leave.' },
    ],
  };
}

export function generateScenarioYaml(nodes: number): string {
  return `# yaml-language-server: $schema=../scenario.schema.json\n${stringify(generateScenario(nodes), { aliasDuplicateObjects: false })}`;
}

export function generateInk(nodes: number): string {
  const names = { node: (n: number) => `n${n}`, ok: 'agreed', bad: 'walked_out' };
  const out: string[] = ['-> n0', ''];
  for (let i = 0; i < nodes; i += 1) {
    out.push(`=== n${i} ===`, `${LINE} (${i})`);
    for (let c = 0; c < 3; c += 1) out.push(`* [${choiceText(c, i)}] -> ${target(i, c, nodes, names)}`);
    out.push('');
  }
  out.push('=== agreed ===', 'They agree on a plan.', '-> END', '', '=== walked_out ===', 'They leave.', '-> END', '');
  return out.join('\n');
}
