import type { Activity, Agent, Context, LanguageMap } from './xapi-types';
import type { Scenario } from '../../engine/trainee';
import { ACTIVITY_TYPES, EXT, PROFILE_ACTIVITY_ID, scenarioActivityId } from './xapi-iris';
import { uuidV5 } from './uuid-v5';

/** What every statement of one attempt shares. */
export interface AttemptXapiContext {
  /** One UUID per attempt (AttemptRecord.registration); also seeds every statement id. */
  registration: string;
  /** The program's IRI (settings.lrs.homePage) and the learner's pseudonymous id there. */
  account: { homePage: string; name: string };
  /** The learner a launch names: statements are about this agent instead of `account`. */
  actor?: Agent;
  scenario: Scenario;
  contentHash: string;
  /** e.g. "Common Ground 0.1.0". */
  platform: string;
}

/** Content language of the scenarios (RFC 5646). */
export const CONTENT_LANGUAGE = 'en';

/** A one-language map in the content language. */
export const lang = (text: string): LanguageMap => ({ [CONTENT_LANGUAGE]: text });

/**
 * The learner's account name: the id the program issued, or this browser's
 * random profile id. Never an email: anything that looks like one is replaced
 * by a stable hash of it, so the statement carries no contact address.
 */
export function learnerAccountName(profile: { id: string; programId: string | null }): string {
  const id = profile.programId?.trim() || profile.id;
  return id.includes('@') ? uuidV5(`learner:${id.toLowerCase()}`) : id;
}

export function agentOf(ctx: AttemptXapiContext): Agent {
  if (ctx.actor) return ctx.actor;
  return { objectType: 'Agent', account: { homePage: ctx.account.homePage, name: ctx.account.name } };
}

export function scenarioActivity(ctx: AttemptXapiContext): Activity {
  const { scenario } = ctx;
  return {
    objectType: 'Activity',
    id: scenarioActivityId(scenario.id),
    definition: {
      type: ACTIVITY_TYPES.simulation,
      name: lang(scenario.title),
      description: lang(scenario.summary),
    },
  };
}

/** Context shared by all statements of the attempt: registration, parent scenario, program, versions. */
export function contextOf(ctx: AttemptXapiContext): Context {
  return {
    registration: ctx.registration,
    platform: ctx.platform,
    language: CONTENT_LANGUAGE,
    contextActivities: {
      parent: [scenarioActivity(ctx)],
      grouping: [{ objectType: 'Activity', id: ctx.account.homePage, definition: { type: ACTIVITY_TYPES.course } }],
      category: [{ objectType: 'Activity', id: PROFILE_ACTIVITY_ID, definition: { type: ACTIVITY_TYPES.profile } }],
    },
    extensions: {
      [EXT.scenarioVersion]: ctx.scenario.schemaVersion,
      [EXT.contentHash]: ctx.contentHash,
    },
  };
}

/**
 * The statement id for a named event of the attempt: a v5 UUID of
 * "<registration>/<key>". Rebuilding a statement gives the same id, so
 * re-sending it after a reload is idempotent (the LRS keeps one copy).
 */
export function statementId(ctx: AttemptXapiContext, key: string): string {
  return uuidV5(`${ctx.registration}/${key}`);
}

/** ms since the epoch → ISO 8601 timestamp. */
export const isoTime = (ms: number): string => new Date(ms).toISOString();

/** Elapsed milliseconds → ISO 8601 duration (xAPI keeps 0.01 s precision). */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}
