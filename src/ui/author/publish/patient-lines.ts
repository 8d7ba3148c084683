import type { Scenario } from '../../../engine/trainee';

/** One patient line a recording can be attached to, as the player shows it. */
export interface PatientLineItem {
  /** The node or ending id: a pack's clips are keyed by it. */
  id: string;
  /** The phase's title, as the play screen shows it; null for an ending without a phase. */
  phase: string | null;
  /** For an ending, its title: the author knows endings by it. */
  ending: string | null;
  text: string;
}

/** The lines the patient speaks, in file order: every node, then each ending that has a last line. */
export function patientLinesOf(scenario: Scenario): PatientLineItem[] {
  const phaseTitle = new Map(scenario.phases.map((phase) => [phase.id, phase.title]));
  const titleOf = (phase: string | undefined) => (phase === undefined ? null : (phaseTitle.get(phase) ?? null));
  return [
    ...scenario.nodes.map((node) => ({ id: node.id, phase: titleOf(node.phase), ending: null, text: node.patient.text })),
    ...scenario.endings.flatMap((ending) =>
      ending.patient ? [{ id: ending.id, phase: titleOf(ending.phase), ending: ending.title, text: ending.patient.text }] : [],
    ),
  ];
}
