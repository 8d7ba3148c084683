import { nextTarget, type SessionView, type TranscriptEntry } from '../../engine/trainee';
import type { CompiledScenario } from '../scenarios/engine';

/**
 * Which ending an attempt reached. The record keeps the transcript, not the
 * ending; the last turn's node, its choice (or time limit) and the state after
 * it are enough to follow its routes, the same way the engine does. Done
 * without starting a session so the debrief needs neither the state-machine
 * chunk nor a full replay. Null when the content changed or the attempt did
 * not end.
 */
export function replayEnding(
  compiled: CompiledScenario,
  contentHash: string,
  transcript: readonly TranscriptEntry[],
): SessionView['ending'] {
  if (compiled.contentHash !== contentHash) return null;
  const last = transcript.at(-1);
  if (!last) return null;
  const { scenario } = compiled;
  const node = scenario.nodes.find((n) => n.id === last.nodeId);
  if (!node) return null;
  const branch = last.choiceId === null ? node.timeLimit : node.choices.find((c) => c.id === last.choiceId);
  if (!branch) return null;
  const targetId = nextTarget(branch, last.after);
  const ending = scenario.endings.find((e) => e.id === targetId);
  if (!ending) return null;
  return {
    id: ending.id,
    outcome: ending.outcome,
    title: ending.title,
    text: ending.text,
    patientLine: ending.patient?.text ?? null,
  };
}
