import type { Scenario } from '../../engine/trainee';

/** What the patient said at each decision point, and in which phase; what each response said. */
export interface ScenarioTexts {
  /** Keyed by node id. */
  decisions: Map<string, { phase: string; line: string }>;
  /** Keyed `${nodeId}/${choiceId}`. */
  choices: Map<string, string>;
}

/** Long enough to recognise a line, short enough for a table caption and a region's name. */
const LINE_MAX = 90;

export function textsOf(scenario: Scenario): ScenarioTexts {
  const phases = new Map(scenario.phases.map((phase) => [phase.id, phase.title]));
  const decisions: ScenarioTexts['decisions'] = new Map();
  const choices: ScenarioTexts['choices'] = new Map();
  for (const node of scenario.nodes) {
    decisions.set(node.id, { phase: phases.get(node.phase) ?? node.phase, line: node.patient.text });
    for (const choice of node.choices) choices.set(`${node.id}/${choice.id}`, choice.text);
  }
  return { decisions, choices };
}

/** Cuts at the last whole word that fits, so a line never ends mid-word, and marks the cut. */
export function shorten(text: string, max = LINE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const words = space > max / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.—–-]+$/u, '')}…`;
}

export interface DecisionName {
  /** "Opening: “So. You are the new one…”", or the node id for a scenario this build does not ship. */
  name: string;
  /** The patient's whole line when `name` had to shorten it. */
  fullLine: string | null;
}

/** How the item analysis names a decision point: by its phase and what the patient said. */
export function decisionName(texts: ScenarioTexts | undefined, nodeId: string): DecisionName {
  const decision = texts?.decisions.get(nodeId);
  if (!decision) return { name: `Decision point ${nodeId}`, fullLine: null };
  const short = shorten(decision.line);
  return { name: `${decision.phase}: “${short}”`, fullLine: short === decision.line ? null : decision.line };
}

/** How a response is named: by its words, or by its id when the scenario is not in this build. */
export function responseName(texts: ScenarioTexts | undefined, nodeId: string, choiceId: string): string {
  if (choiceId === 'timeout') return 'No answer (time ran out)';
  const text = texts?.choices.get(`${nodeId}/${choiceId}`);
  return text ? `“${text}”` : `Response ${choiceId}`;
}
