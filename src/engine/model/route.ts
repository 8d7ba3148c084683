/**
 * The one routing rule: where a response leads. A choice (or a time limit
 * running out) has either a fixed `next` or a list of `routes`; the first
 * route whose `when:` holds on the state AFTER the turn is taken, and the
 * format requires the last route to have no condition. The runtime machine,
 * the analysis, the decision review and the debrief's replay all ask here.
 */
import {
  PATIENT_STATE_VARIABLES,
  type PatientState,
  type PatientStateVariable,
  type Route,
  type StateCondition,
} from '../format/scenario.types';

/** True when every listed variable is within its bounds (an absent condition always holds). */
export function conditionHolds(state: PatientState, when: StateCondition | undefined): boolean {
  if (!when) return true;
  for (const variable in when) {
    const range = when[variable as PatientStateVariable];
    const value = state[variable as PatientStateVariable];
    if (!range || value === undefined) continue;
    if (range.atLeast !== undefined && value < range.atLeast) return false;
    if (range.atMost !== undefined && value > range.atMost) return false;
  }
  return true;
}

/** What routing reads of a choice or time limit. */
export interface Branch {
  next?: string | undefined;
  routes?: readonly Route[] | undefined;
}

const compiledCache = new WeakMap<readonly Route[], CompiledRoutes>();
const valuesScratch: number[] = new Array<number>(PATIENT_STATE_VARIABLES.length).fill(0);

/**
 * The index of the route taken from this post-turn state, or -1 when none
 * holds. It runs the compiled rule the search uses, so the runtime and the
 * analysis cannot route differently.
 */
export function routeIndex(routes: readonly Route[], after: PatientState): number {
  let compiled = compiledCache.get(routes);
  if (!compiled) {
    compiled = compileRoutes(routes);
    compiledCache.set(routes, compiled);
  }
  PATIENT_STATE_VARIABLES.forEach((v, i) => (valuesScratch[i] = after[v]));
  return compiledRouteIndex(compiled, valuesScratch);
}

/** Where a branch leads from the given post-turn state; null if no route holds. */
export function nextTarget(branch: Branch, after: PatientState): string | null {
  if (branch.next !== undefined) return branch.next;
  const routes = branch.routes ?? [];
  const i = routeIndex(routes, after);
  return i >= 0 ? routes[i]!.next : null;
}

/** Routes as flat numbers for the search's hot loop: [variable, atLeast, atMost] triples, route r's end at `ends[r]`. */
export interface CompiledRoutes {
  conds: number[];
  ends: number[];
}

const VARIABLE_INDEX = new Map<string, number>(PATIENT_STATE_VARIABLES.map((v, i) => [v, i]));

export function compileRoutes(routes: readonly Route[]): CompiledRoutes {
  const conds: number[] = [];
  const ends: number[] = [];
  for (const route of routes) {
    for (const [variable, range] of Object.entries(route.when ?? {})) {
      const v = VARIABLE_INDEX.get(variable);
      // A condition on an unknown variable never fails, as in conditionHolds.
      if (v !== undefined && range) conds.push(v, range.atLeast ?? -Infinity, range.atMost ?? Infinity);
    }
    ends.push(conds.length);
  }
  return { conds, ends };
}

/** routeIndex on state values in PATIENT_STATE_VARIABLES order; same rule, no objects. */
export function compiledRouteIndex(compiled: CompiledRoutes, after: ArrayLike<number>): number {
  const { conds, ends } = compiled;
  let i = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r]!;
    let holds = true;
    for (; i < end; i += 3) {
      const x = after[conds[i]!]!;
      if (x < conds[i + 1]! || x > conds[i + 2]!) {
        holds = false;
        i = end;
        break;
      }
    }
    if (holds) return r;
  }
  return -1;
}
