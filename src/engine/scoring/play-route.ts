/**
 * Plays a list of move ids (choice ids, 'timeout') through the patient model,
 * producing the transcript the runtime would record. Used to replay the
 * analysis's best and worst routes and by tests.
 */
import type { TranscriptEntry } from '../runtime/session.types';
import { applyTurn } from '../model/patient-step';
import { lookupScenario, resolveTarget, TIMEOUT_MOVE } from './scenario-moves';
import type { ScorableScenario } from './scoring.types';

export interface PlayedRoute {
  transcript: TranscriptEntry[];
  /** The ending reached, or null if the route stopped short or went nowhere. */
  endingId: string | null;
}

export function playRoute(compiled: ScorableScenario, moveIds: readonly string[]): PlayedRoute {
  const lookup = lookupScenario(compiled.scenario);
  const transcript: TranscriptEntry[] = [];
  let nodeId = compiled.scenario.start;
  let patient = compiled.scenario.initialState;
  let previousCodes: string[] = [];
  for (const id of moveIds) {
    const move = lookup.movesAt(nodeId).find((m) => m.id === id);
    if (!move) break;
    const { state, delta } = applyTurn(patient, move.codes, { effects: move.effects, previousCodes });
    transcript.push({
      turn: transcript.length,
      nodeId,
      kind: id === TIMEOUT_MOVE ? 'timeout' : 'choice',
      choiceId: id === TIMEOUT_MOVE ? null : id,
      codes: move.codes,
      before: patient,
      after: state,
      delta,
      at: 0,
    });
    const target = resolveTarget(move, state);
    if (target === null) break;
    if (lookup.endings.has(target)) return { transcript, endingId: target };
    [nodeId, patient, previousCodes] = [target, state, move.codes];
  }
  return { transcript, endingId: null };
}
