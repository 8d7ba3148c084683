import type { CompiledScenario, TranscriptEntry } from '../../engine/trainee';
import { lang } from '../xapi/statement-context';
import { uuidV5 } from '../xapi/uuid-v5';
import { ACTIVITY_TYPES, EXT, VERBS, nodeActivityId } from '../xapi/xapi-iris';
import type { Activity, Agent, Context, Result, Statement } from '../xapi/xapi-types';
import { mergeContext } from './cmi5-context';
import { CMI5_CATEGORY, CMI5_VERBS, MASTERY_SCORE_EXTENSION, MOVEON_CATEGORY } from './cmi5-iris';

/** What every statement of one AU session shares. */
export interface Cmi5Session {
  actor: Agent;
  activityId: string;
  registration: string;
  sessionId: string;
  contextTemplate: Context;
  /** Scaled 0–1, when the LMS set one. */
  masteryScore: number | null;
}

/** The AU's own verbs, in the order a session may use them. */
export type AuVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

const category = (id: string): Activity => ({ objectType: 'Activity', id });

/** Ids from the session and a key, so a statement sent again after a reload is the same statement. */
const idFor = (session: Cmi5Session, key: string): string => uuidV5(`cmi5/${session.registration}/${session.sessionId}/${key}`);

const auObject = (session: Cmi5Session): Activity => ({ objectType: 'Activity', id: session.activityId });

/**
 * A "cmi5 defined" statement (§9): the AU as object, the cmi5 category, and
 * the moveOn category when the result says success or completion (§9.6.2.2).
 */
export function cmi5Statement(session: Cmi5Session, verb: AuVerb, at: string, result?: Result): Statement {
  const judged = result?.success !== undefined || result?.completion !== undefined;
  const extensions =
    (verb === 'passed' || verb === 'failed') && session.masteryScore !== null
      ? { [MASTERY_SCORE_EXTENSION]: session.masteryScore }
      : undefined;
  const context = mergeContext(session.contextTemplate, session.registration, {
    contextActivities: { category: judged ? [category(CMI5_CATEGORY), category(MOVEON_CATEGORY)] : [category(CMI5_CATEGORY)] },
    ...(extensions ? { extensions } : {}),
  });
  return {
    id: idFor(session, verb),
    actor: session.actor,
    verb: { id: CMI5_VERBS[verb], display: { 'en-US': verb } },
    object: auObject(session),
    ...(result ? { result } : {}),
    context,
    timestamp: at,
  };
}

/**
 * One decision as a "cmi5 allowed" statement: the context template without
 * the cmi5 category (§7.1.3), the AU as parent, the node as an interaction.
 */
export function cmi5Answered(session: Cmi5Session, compiled: CompiledScenario, entry: TranscriptEntry, at: string): Statement {
  const { scenario } = compiled;
  const node = scenario.nodes.find((candidate) => candidate.id === entry.nodeId);
  const timedOut = entry.kind === 'timeout' || entry.choiceId === null;
  return {
    id: idFor(session, `answered/${entry.turn}/${entry.at}`),
    actor: session.actor,
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: nodeActivityId(scenario.id, entry.nodeId),
      definition: {
        type: ACTIVITY_TYPES.interaction,
        interactionType: 'choice',
        name: lang(`${scenario.title}: ${entry.nodeId}`),
        ...(node ? { description: lang(node.patient.text) } : {}),
        choices: (node?.choices ?? []).map((choice) => ({ id: choice.id, description: lang(choice.text) })),
      },
    },
    result: {
      response: timedOut ? '' : (entry.choiceId ?? ''),
      extensions: { [EXT.turn]: entry.turn, [EXT.behaviourCodes]: entry.codes, ...(timedOut ? { [EXT.timedOut]: true } : {}) },
    },
    context: mergeContext(session.contextTemplate, session.registration, {
      contextActivities: { parent: [auObject(session)] },
      extensions: { [EXT.contentHash]: compiled.contentHash },
    }),
    timestamp: at,
  };
}
