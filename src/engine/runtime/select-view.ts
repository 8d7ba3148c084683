import type { SnapshotFrom } from 'xstate';
import { deriveExpression, displayedExpression } from '../model/expression';
import { choiceOrder } from './choice-order';
import type { CompiledScenario } from './compile-scenario';
import type { ScenarioMachine } from './create-scenario-machine';
import { idFromStateValue, indexScenario } from './scenario-index';
import type { SessionView } from './session.types';

export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/** The node or ending id the snapshot rests in. Throws for a snapshot of another scenario. */
export function currentId(snapshot: ScenarioSnapshot, compiled: CompiledScenario): string {
  const id = idFromStateValue(indexScenario(compiled), snapshot.value);
  if (id === null) {
    throw new Error(`Snapshot state ${JSON.stringify(snapshot.value)} is not a node of scenario "${compiled.scenario.id}"`);
  }
  return id;
}

/** Everything the UI draws for this moment, derived from the snapshot (never stored). */
export function selectView(snapshot: ScenarioSnapshot, compiled: CompiledScenario): SessionView {
  const index = indexScenario(compiled);
  const id = currentId(snapshot, compiled);
  const { context } = snapshot;
  const expression = deriveExpression(context.patient);
  const node = index.nodes.get(id);
  const ending = index.endings.get(id);
  const line = node?.patient ?? ending?.patient;
  const timeLimitSeconds = node?.timeLimit && context.timeLimitFactor !== null ? node.timeLimit.seconds * context.timeLimitFactor : null;
  return {
    scenarioId: compiled.scenario.id,
    status: snapshot.status === 'done' || ending ? 'ended' : context.paused ? 'paused' : 'active',
    nodeId: id,
    phaseId: node?.phase ?? ending?.phase ?? null,
    patientLine: line
      ? {
          text: line.text,
          expression: displayedExpression(context.patient, line.expression),
          audio: line.audio ?? compiled.voiceClips?.[id] ?? null,
          nonverbal: line.nonverbal ?? null,
        }
      : null,
    // Shown in the attempt's order; `index` is the place on screen (number key − 1), never the authored position.
    choices: node
      ? choiceOrder(context.seed ?? null, node.id, node.choices).map((choice, i) => ({ id: choice.id, text: choice.text, index: i }))
      : [],
    patient: context.patient,
    expression,
    deadline: context.paused ? null : context.deadline,
    remainingMs: context.paused ? context.remainingMs : null,
    timeLimitSeconds,
    transcript: context.transcript,
    ending: ending
      ? {
          id: ending.id,
          outcome: ending.outcome,
          title: ending.title,
          text: ending.text,
          patientLine: ending.patient?.text ?? null,
        }
      : null,
  };
}
