import type { Statement } from './xapi-types';
import type { OutcomeClass, ScoreCard, TranscriptEntry } from '../../engine/trainee';
import type { FreeTextTurn } from '../../storage/storage.types';
import { ACTIVITY_TYPES, EXT, PASS_THRESHOLD, VERBS, nodeActivityId, type VerbName } from './xapi-iris';
import {
  agentOf,
  contextOf,
  isoDuration,
  isoTime,
  lang,
  scenarioActivity,
  statementId,
  type AttemptXapiContext,
} from './statement-context';

/**
 * Pure statement builders for one attempt. Each statement's id comes from the
 * attempt's registration and a key naming the event ("initialized",
 * "answered/<turn>/<at>", …), so building it again gives the same statement.
 */
function statement(ctx: AttemptXapiContext, key: string, verb: VerbName, at: number, rest: Partial<Statement>): Statement {
  return {
    id: statementId(ctx, key),
    actor: agentOf(ctx),
    verb: VERBS[verb],
    object: scenarioActivity(ctx),
    context: contextOf(ctx),
    timestamp: isoTime(at),
    ...rest,
  };
}

/** A free-text answer's `response`: the trainee's words, or (words not kept) the codes read from them, "[,]"-delimited. */
function freeTextResponse(answer: FreeTextTurn): string {
  return answer.words ?? answer.codes.map((found) => found.code).join('[,]');
}

function freeTextExtensions(answer: FreeTextTurn, choiceId: string | null): Record<string, unknown> {
  const { words, ...reading } = answer;
  return { [EXT.chosenChoice]: choiceId ?? '', [EXT.freeText]: { ...reading, wordsKept: words !== undefined } };
}

/** The attempt starts (or, with `resumed`, continues after a suspend). */
export function buildInitialized(ctx: AttemptXapiContext, at: number, resumed = false): Statement {
  return resumed ? statement(ctx, `resumed/${at}`, 'resumed', at, {}) : statement(ctx, 'initialized', 'initialized', at, {});
}

/**
 * One decision. The key includes the turn's time as well as its index, so
 * "try again from this decision" produces a new statement rather than a
 * conflicting copy of the old one.
 */
export function buildAnswered(ctx: AttemptXapiContext, entry: TranscriptEntry & { freeText?: FreeTextTurn }): Statement {
  const node = ctx.scenario.nodes.find((candidate) => candidate.id === entry.nodeId);
  const timedOut = entry.kind === 'timeout';
  return statement(ctx, `answered/${entry.turn}/${entry.at}`, 'answered', entry.at, {
    object: {
      objectType: 'Activity',
      id: nodeActivityId(ctx.scenario.id, entry.nodeId),
      definition: {
        type: ACTIVITY_TYPES.interaction,
        interactionType: 'choice',
        name: lang(`${ctx.scenario.title}: ${entry.nodeId}`),
        ...(node ? { description: lang(node.patient.text) } : {}),
        choices: (node?.choices ?? []).map((choice) => ({ id: choice.id, description: lang(choice.text) })),
      },
    },
    result: {
      response: timedOut ? '' : entry.freeText ? freeTextResponse(entry.freeText) : (entry.choiceId ?? ''),
      extensions: {
        [EXT.turn]: entry.turn,
        [EXT.behaviourCodes]: entry.codes,
        [EXT.stateBefore]: entry.before,
        [EXT.stateAfter]: entry.after,
        [EXT.stateDelta]: entry.delta,
        ...(timedOut ? { [EXT.timedOut]: true } : {}),
        ...(entry.freeText && !timedOut ? freeTextExtensions(entry.freeText, entry.choiceId) : {}),
      },
    },
  });
}

export interface AttemptEnd {
  startedAt: number;
  finishedAt: number;
  score: ScoreCard | null;
  endingId: string | null;
  outcome: OutcomeClass | null;
}

function dimensionScores(score: ScoreCard): Record<string, number> {
  return Object.fromEntries(score.dimensions.map((d) => [d.dimension, d.score]));
}

/** A finished attempt: `completed`, then `passed`/`failed` (when scored), then `terminated`. */
export function buildCompletion(ctx: AttemptXapiContext, end: AttemptEnd): Statement[] {
  const duration = isoDuration(end.finishedAt - end.startedAt);
  // Only what is known: an extension value of null says nothing useful.
  const ending: Record<string, string> = {};
  if (end.endingId) ending[EXT.ending] = end.endingId;
  if (end.outcome) ending[EXT.outcome] = end.outcome;
  const out = [statement(ctx, 'completed', 'completed', end.finishedAt, { result: { completion: true, duration, extensions: ending } })];
  if (end.score) {
    const raw = Math.max(0, Math.min(100, Math.round(end.score.overall)));
    const success = raw >= PASS_THRESHOLD;
    out.push(
      statement(ctx, 'judged', success ? 'passed' : 'failed', end.finishedAt, {
        result: {
          score: { scaled: raw / 100, raw, min: 0, max: 100 },
          success,
          completion: true,
          duration,
          extensions: { ...ending, [EXT.dimensionScores]: dimensionScores(end.score), [EXT.passThreshold]: PASS_THRESHOLD },
        },
      }),
    );
  }
  out.push(statement(ctx, 'terminated', 'terminated', end.finishedAt, { result: { completion: true, duration } }));
  return out;
}

/** The trainee left mid-scenario; the attempt can resume under the same registration. */
export function buildSuspended(ctx: AttemptXapiContext, startedAt: number, at: number, decisionsTaken?: number): Statement {
  const extensions = decisionsTaken === undefined ? undefined : { [EXT.decisionsTaken]: decisionsTaken };
  return statement(ctx, `suspended/${at}`, 'suspended', at, {
    result: { completion: false, duration: isoDuration(at - startedAt), ...(extensions ? { extensions } : {}) },
  });
}

/** An attempt given up for good (a restart): it terminates without completion. */
export function buildAbandoned(ctx: AttemptXapiContext, startedAt: number, at: number): Statement {
  return statement(ctx, 'terminated', 'terminated', at, { result: { completion: false, duration: isoDuration(at - startedAt) } });
}
