import type { Scenario, SessionView } from '../../engine/trainee';
import type { StepOption } from './free-text-option';

/** The decision's options in the order shown, each with its authored codes, for routing typed words. */
export function stepOptions(scenario: Scenario, view: SessionView): StepOption[] {
  const node = scenario.nodes.find((candidate) => candidate.id === view.nodeId);
  const codes = new Map(node?.choices.map((choice) => [choice.id, choice.codes]) ?? []);
  return view.choices.map((choice) => ({ id: choice.id, text: choice.text, codes: codes.get(choice.id) ?? [] }));
}
