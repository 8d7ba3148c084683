import type { DialogueNode } from '../format/scenario.types';
import type { CompiledScenario } from './compile-scenario';

/**
 * A built scenario as the play screen needs it: without what only scoring
 * and the debrief read, each response's and time limit's `feedback` and the
 * route analysis (about a quarter of a shipped scenario's bytes). The build
 * ships it beside the whole scenario so the play route's first load stays
 * within its budget (issue 15); the content hash is the whole scenario's,
 * unchanged, so saves and attempts match as before. `playOnly` marks it:
 * scored, it would lose the authors' feedback, so scoring refuses it.
 */
export function forPlay(compiled: CompiledScenario): CompiledScenario {
  const lean: CompiledScenario = {
    ...compiled,
    scenario: { ...compiled.scenario, nodes: compiled.scenario.nodes.map(withoutFeedback) },
    playOnly: true,
  };
  delete lean.analysis;
  return lean;
}

function withoutFeedback(node: DialogueNode): DialogueNode {
  const choices = node.choices.map((choice) => {
    const copy = { ...choice };
    delete copy.feedback;
    return copy;
  });
  if (!node.timeLimit) return { ...node, choices };
  const timeLimit = { ...node.timeLimit };
  delete timeLimit.feedback;
  return { ...node, choices, timeLimit };
}

/** Throws for a play-only scenario: scoring one would store decision reviews without the authors' feedback. */
export function assertWhole(compiled: { playOnly?: boolean }): void {
  if (compiled.playOnly) throw new Error('A play-only copy of a scenario has no feedback: score with the whole scenario.');
}
