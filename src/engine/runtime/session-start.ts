import { createActor, type Snapshot } from 'xstate';
import type { CompiledScenario } from './compile-scenario';
import { WAITING, type ScenarioMachine } from './create-scenario-machine';
import type { ScenarioIndex } from './scenario-index';
import { idFromStateValue, stateKey } from './scenario-index';
import type { ScenarioSnapshot } from './select-view';
import type { SessionOptions } from './create-session';

/** The XState value for resting at the start of a node. */
function valueAt(index: ScenarioIndex, nodeId: string): string | Record<string, string> {
  const node = index.nodes.get(nodeId);
  if (!node) throw new Error(`No node "${nodeId}" to start from`);
  return node.timeLimit ? { [stateKey(nodeId)]: WAITING } : stateKey(nodeId);
}

/**
 * A persisted snapshot resting at `startNodeId` with a chosen patient state,
 * or null for an ordinary start. XState has no "start here" option, so the
 * snapshot is resolved directly (entry actions do not run: the time limit is
 * set here and scheduled by resumeTimeLimit once the actor starts).
 */
export function startSnapshot(
  machine: ScenarioMachine,
  compiled: CompiledScenario,
  index: ScenarioIndex,
  options: SessionOptions,
): Snapshot<unknown> | null {
  if (options.startNodeId === undefined) return null;
  const input = { patient: options.startState, timeLimitFactor: options.timeLimitFactor, seed: options.seed };
  const base = createActor(machine, { input }).getSnapshot().context;
  const limit = index.nodes.get(options.startNodeId)?.timeLimit;
  const context = {
    ...base,
    deadline: null,
    remainingMs: limit && base.timeLimitFactor !== null ? limit.seconds * 1000 * base.timeLimitFactor : null,
  };
  const resolved = machine.resolveState({ value: valueAt(index, options.startNodeId), context });
  return machine.getPersistedSnapshot(resolved);
}

/**
 * The checkpoint for the decision `snapshot` rests at: its persisted JSON
 * with the clock reset, so "try again" gets the full time limit.
 */
export function checkpointOf(machine: ScenarioMachine, snapshot: ScenarioSnapshot, index: ScenarioIndex): string {
  const persisted = machine.getPersistedSnapshot(snapshot) as Snapshot<unknown> & {
    value: unknown;
    context: ScenarioSnapshot['context'];
  };
  const nodeId = idFromStateValue(index, snapshot.value);
  const limit = nodeId === null ? undefined : index.nodes.get(nodeId)?.timeLimit;
  const factor = persisted.context.timeLimitFactor;
  const remainingMs = limit && factor !== null ? limit.seconds * 1000 * factor : null;
  const value = nodeId !== null && limit ? { [stateKey(nodeId)]: WAITING } : persisted.value;
  return JSON.stringify({ ...persisted, value, context: { ...persisted.context, deadline: null, remainingMs, paused: false } });
}
