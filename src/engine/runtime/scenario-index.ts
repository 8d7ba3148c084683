import type { DialogueNode, Ending } from '../format/scenario.types';
import type { CompiledScenario } from './compile-scenario';

/** Lookups built once per compiled scenario, so no transition scans the node list. */
export interface ScenarioIndex {
  nodes: Map<string, DialogueNode>;
  endings: Map<string, Ending>;
  /** Machine state key → node or ending id (keys are escaped ids). */
  idByKey: Map<string, string>;
}

const cache = new WeakMap<CompiledScenario, ScenarioIndex>();

/**
 * The XState state key for a node or ending id. XState reads `.`, `#` and `\`
 * in targets as paths, ids and escapes, and `~` marks the runtime's internal routing
 * states, so those characters (and the escape itself) are percent-escaped.
 */
export function stateKey(id: string): string {
  return /[.#~%\\]/.test(id) ? id.replace(/[.#~%\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : id;
}

/** The internal, transient state that picks among a choice's or time limit's routes. */
export function routeKey(nodeId: string, branch: string): string {
  return `${stateKey(nodeId)}~${stateKey(branch)}`;
}

/** Index the compiled scenario (cached per object). */
export function indexScenario(compiled: CompiledScenario): ScenarioIndex {
  const hit = cache.get(compiled);
  if (hit) return hit;
  const index: ScenarioIndex = { nodes: new Map(), endings: new Map(), idByKey: new Map() };
  for (const node of compiled.scenario.nodes) {
    index.nodes.set(node.id, node);
    index.idByKey.set(stateKey(node.id), node.id);
  }
  for (const ending of compiled.scenario.endings) {
    index.endings.set(ending.id, ending);
    index.idByKey.set(stateKey(ending.id), ending.id);
  }
  cache.set(compiled, index);
  return index;
}

/** The node or ending a snapshot value rests in, or null for an unknown key. */
export function idFromStateValue(index: ScenarioIndex, value: unknown): string | null {
  const key = typeof value === 'string' ? value : value && typeof value === 'object' ? Object.keys(value)[0] : undefined;
  return key === undefined ? null : (index.idByKey.get(key) ?? null);
}
