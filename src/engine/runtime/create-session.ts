import { createActor, type Subscription } from 'xstate';
import { isChoiceSeed } from './choice-order';
import type { PatientState } from '../format/scenario.types';
import type { CompiledScenario } from './compile-scenario';
import { createScenarioMachine, type ScenarioMachine } from './create-scenario-machine';
import { persistSnapshot, restoreActor, resumeTimeLimit, type ScenarioActor } from './restore-session';
import { indexScenario } from './scenario-index';
import { selectView, type ScenarioSnapshot } from './select-view';
import type { SessionEvent, SessionView } from './session.types';
import { createListeners } from './listeners';
import { checkpointOf, startSnapshot } from './session-start';

export interface SessionOptions {
  /** Persisted snapshot JSON to resume (rejected if the content hash differs). */
  snapshot?: string;
  /** Checkpoints saved with that snapshot, so "try again" still works after a reload. */
  checkpoints?: readonly string[];
  /** Start at this node instead of the scenario's start (authoring preview). */
  startNodeId?: string;
  /** Patient state to start with instead of the scenario's initialState. */
  startState?: PatientState;
  /** WCAG 2.2.1 setting: time limits ×1, ×2, ×4, or null for none. */
  timeLimitFactor?: number | null;
  /**
   * Choice-order seed for a new attempt (unsigned 32-bit; the host draws it,
   * the engine never does). Absent: authored order. Ignored with `snapshot`,
   * which carries its own.
   */
  seed?: number;
}

/** A running scenario, free of any UI framework: the UI reads views and sends events. */
export interface Session {
  readonly compiled: CompiledScenario;
  /** The choice-order seed in use (from the options or the restored snapshot); null: authored order. */
  readonly seed: number | null;
  getView: () => SessionView;
  getSnapshot: () => ScenarioSnapshot;
  send: (event: SessionEvent) => void;
  /** Called with the new view after every change; returns an unsubscribe function. */
  subscribe: (listener: (view: SessionView) => void) => () => void;
  /** JSON of the persisted snapshot, for storage. */
  persist: () => string;
  /** Persisted snapshots taken before each decision; index = turn (no holes). */
  readonly checkpoints: readonly string[];
  /** "Try again from this decision": resume the checkpoint of `turn` with a full time limit. */
  retryFrom: (turn: number) => void;
  stop: () => void;
}

const machines = new WeakMap<CompiledScenario, ScenarioMachine>();

/** The scenario's machine, built once per compiled object. */
export function getScenarioMachine(compiled: CompiledScenario): ScenarioMachine {
  let machine = machines.get(compiled);
  if (!machine) {
    machine = createScenarioMachine(compiled);
    machines.set(compiled, machine);
  }
  return machine;
}

export function createSession(compiled: CompiledScenario, options: SessionOptions = {}): Session {
  if (options.seed !== undefined && !isChoiceSeed(options.seed)) {
    throw new Error(`Session seed must be an unsigned 32-bit integer, got ${String(options.seed)}`);
  }
  const machine = getScenarioMachine(compiled);
  const index = indexScenario(compiled);
  const listeners = createListeners<SessionView>();
  let checkpoints: string[] = [...(options.checkpoints ?? [])];
  let actor: ScenarioActor;
  let subscription: Subscription | null = null;
  // The view is cached per snapshot: readers that compare views by identity (a UI store, a selector) see a stable value.
  let viewOf: { snapshot: ScenarioSnapshot; view: SessionView } | null = null;

  const getView = (): SessionView => {
    const snapshot = actor.getSnapshot();
    if (viewOf?.snapshot !== snapshot) viewOf = { snapshot, view: selectView(snapshot, compiled) };
    return viewOf.view;
  };

  /**
   * Records a checkpoint whenever a new decision is reached. Only in order:
   * a session resumed without its earlier checkpoints records none, rather
   * than leave holes that storage would save as null.
   */
  const noteDecision = (): void => {
    const snapshot = actor.getSnapshot();
    if (snapshot.status !== 'active' || checkpoints.length !== snapshot.context.transcript.length) return;
    checkpoints.push(checkpointOf(machine, snapshot, index));
  };

  const attach = (next: ScenarioActor): void => {
    subscription?.unsubscribe();
    actor = next;
    noteDecision();
    subscription = actor.subscribe(() => {
      noteDecision();
      listeners.emit(getView());
    });
  };

  if (options.snapshot !== undefined) {
    attach(restoreActor(machine, compiled, options.snapshot));
  } else {
    const start = startSnapshot(machine, compiled, index, options);
    const input = { patient: options.startState, timeLimitFactor: options.timeLimitFactor, seed: options.seed };
    const fresh = start ? createActor(machine, { snapshot: start, input }) : createActor(machine, { input });
    fresh.start();
    if (start) resumeTimeLimit(fresh);
    attach(fresh);
  }

  return {
    compiled,
    get seed() {
      return actor.getSnapshot().context.seed ?? null;
    },
    getView,
    getSnapshot: () => actor.getSnapshot(),
    send: (event) => actor.send(event),
    subscribe: (listener) => listeners.subscribe(listener),
    persist: () => persistSnapshot(actor),
    get checkpoints() {
      return checkpoints;
    },
    retryFrom(turn) {
      const checkpoint = checkpoints[turn];
      if (checkpoint === undefined) throw new Error(`No checkpoint for decision ${turn} (have ${checkpoints.length})`);
      actor.stop();
      checkpoints = checkpoints.slice(0, turn + 1);
      attach(restoreActor(machine, compiled, checkpoint));
      listeners.emit(getView());
    },
    stop() {
      subscription?.unsubscribe();
      actor.stop();
    },
  };
}
