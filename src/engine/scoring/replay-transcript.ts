/**
 * Replays a recorded transcript's responses through the patient model from the
 * scenario's start, the way the runtime took them, to derive what the record
 * should hold: each turn's codes and patient states, and the ending reached.
 * Imported records are checked with it; only the node, the response and the
 * time of each turn are read from the record, nothing it claims about codes,
 * states or scores.
 */
import { applyTurn } from '../model/patient-step';
import type { PatientState } from '../format/scenario.types';
import type { TranscriptEntry } from '../runtime/session.types';
import { lookupScenario, resolveTarget, TIMEOUT_MOVE } from './scenario-moves';
import type { ScorableScenario } from './scoring.types';

export type ReplayedTranscript =
  /** `endingId` is null when the recorded turns stop before an ending (an attempt ended early). */
  | { ok: true; transcript: TranscriptEntry[]; endingId: string | null }
  /** The recorded turns cannot have happened in this scenario; `turn` is 0-based. */
  | { ok: false; turn: number; problem: string };

type RecordedTurn = Pick<TranscriptEntry, 'nodeId' | 'kind' | 'choiceId' | 'at'>;

const impossible = (turn: number, problem: string): ReplayedTranscript => ({ ok: false, turn, problem });

export function replayTranscript(compiled: ScorableScenario, recorded: readonly RecordedTurn[]): ReplayedTranscript {
  const lookup = lookupScenario(compiled.scenario);
  const transcript: TranscriptEntry[] = [];
  let nodeId: string | null = compiled.scenario.start;
  let patient: PatientState = compiled.scenario.initialState;
  let previousCodes: string[] = [];
  let endingId: string | null = null;
  for (const [turn, entry] of recorded.entries()) {
    const n = turn + 1;
    if (endingId !== null || nodeId === null) return impossible(turn, `decision ${n} comes after the conversation ended`);
    if (entry.nodeId !== nodeId) {
      return impossible(turn, `decision ${n} is at “${entry.nodeId}”, but the conversation was at “${nodeId}” then`);
    }
    const moveId = entry.kind === 'timeout' ? TIMEOUT_MOVE : entry.choiceId;
    const move = lookup.movesAt(nodeId).find((candidate) => candidate.id === moveId);
    if (!move || (entry.kind === 'choice' && moveId === TIMEOUT_MOVE)) {
      return impossible(
        turn,
        entry.kind === 'timeout'
          ? `decision ${n} lets a time limit run out at “${nodeId}”, which has none`
          : `decision ${n} picks “${String(entry.choiceId)}”, which “${nodeId}” does not offer`,
      );
    }
    const { state, delta } = applyTurn(patient, move.codes, { effects: move.effects, previousCodes });
    transcript.push({
      turn,
      nodeId,
      kind: entry.kind === 'timeout' ? 'timeout' : 'choice',
      choiceId: entry.kind === 'timeout' ? null : move.id,
      codes: move.codes,
      before: patient,
      after: state,
      delta,
      at: entry.at,
    });
    const target = resolveTarget(move, state);
    if (target !== null && lookup.endings.has(target)) endingId = target;
    else nodeId = target !== null && lookup.nodes.has(target) ? target : null;
    [patient, previousCodes] = [state, move.codes];
  }
  return { ok: true, transcript, endingId };
}
