import type { Context, Statement } from '../xapi/xapi-types';
import { CMI5_CATEGORY, CMI5_VERBS, MASTERY_SCORE_EXTENSION, MOVEON_CATEGORY, SESSION_ID_EXTENSION, type LaunchMode } from './cmi5-iris';

/** What the LMS launched with, to check an AU's statements against. */
export interface Cmi5Expectations {
  registration: string;
  activityId: string;
  contextTemplate: Context;
  masteryScore: number | null;
  /** Launch mode per session id. */
  launchModes: Record<string, LaunchMode>;
}

const VERB_NAMES = new Map<string, string>(Object.entries(CMI5_VERBS).map(([name, id]) => [id, name]));
const AU_DEFINED = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated']);
const JUDGED = new Set(['completed', 'passed', 'failed']);

const categories = (statement: Statement): string[] =>
  (statement.context?.contextActivities?.category ?? []).map((activity) => activity.id);
const sessionOf = (statement: Statement): string => {
  const id: unknown = statement.context?.extensions?.[SESSION_ID_EXTENSION];
  // cmi5's session id is a string; anything else names no session.
  return typeof id === 'string' ? id : '';
};
const nameOf = (statement: Statement): string => VERB_NAMES.get(statement.verb.id) ?? statement.verb.id;
const isDefined = (statement: Statement): boolean => categories(statement).includes(CMI5_CATEGORY);

/** True when every value of the template is in the context (lists may hold more, extensions may add keys). */
function keepsTemplate(context: Context | undefined, template: Context): boolean {
  for (const [list, activities] of Object.entries(template.contextActivities ?? {})) {
    const ids = new Set(
      (context?.contextActivities?.[list as keyof NonNullable<Context['contextActivities']>] ?? []).map((activity) => activity.id),
    );
    if (!(activities ?? []).every((activity) => ids.has(activity.id))) return false;
  }
  for (const [key, value] of Object.entries(template.extensions ?? {})) {
    if (JSON.stringify(context?.extensions?.[key]) !== JSON.stringify(value)) return false;
  }
  return true;
}

function checkDefined(statement: Statement, name: string, expect: Cmi5Expectations): string[] {
  const problems: string[] = [];
  const result = statement.result ?? {};
  const say = (text: string) => problems.push(`${name} ${statement.id}: ${text}`);
  if (statement.object.id !== expect.activityId) say('object is not the launched activityId');
  if (!statement.actor.account) say('actor has no account');
  const judged = result.success !== undefined || result.completion !== undefined;
  if (judged !== categories(statement).includes(MOVEON_CATEGORY))
    say('moveOn category must be there exactly when the result has success or completion');
  if (['completed', 'passed', 'failed', 'terminated'].includes(name) && !result.duration) say('has no result.duration');
  if (name === 'completed' && (result.completion !== true || result.success !== undefined || result.score))
    say('needs completion true and no success or score');
  if (name === 'passed' && (result.success !== true || result.completion !== undefined)) say('needs success true and no completion');
  if (name === 'failed' && (result.success !== false || result.completion !== undefined)) say('needs success false and no completion');
  if (
    (name === 'initialized' || name === 'terminated') &&
    (result.success !== undefined || result.completion !== undefined || result.score)
  )
    say('must not carry success, completion or score');
  if ((name === 'passed' || name === 'failed') && expect.masteryScore !== null) {
    const scaled = result.score?.scaled;
    if (statement.context?.extensions?.[MASTERY_SCORE_EXTENSION] !== expect.masteryScore) say('lacks the masteryscore extension');
    if (scaled !== undefined && (name === 'passed') !== scaled >= expect.masteryScore)
      say(`scaled score ${scaled} contradicts masteryScore ${expect.masteryScore}`);
  }
  return problems;
}

/**
 * Every cmi5 rule an AU's statements for one registration can be checked
 * against afterwards (cmi5 Quartz §7.1, §9.3, §9.5, §9.6, §10), ordered by
 * timestamp as the spec orders them. `launched` is the LMS's and is only
 * required to come first. Returns the problems found; [] when all hold.
 */
export function checkCmi5Statements(statements: Statement[], expect: Cmi5Expectations): string[] {
  const problems: string[] = [];
  const ordered = [...statements].sort((a, b) => (a.timestamp ?? '').localeCompare(b.timestamp ?? ''));
  const sessions = new Map<string, Statement[]>();
  for (const statement of ordered) {
    const name = nameOf(statement);
    if (statement.context?.registration !== expect.registration) problems.push(`${name} ${statement.id}: another registration`);
    if (!keepsTemplate(statement.context, expect.contextTemplate))
      problems.push(`${name} ${statement.id}: does not carry the context template`);
    if (!statement.timestamp?.endsWith('Z')) problems.push(`${name} ${statement.id}: timestamp is not UTC`);
    const session = sessionOf(statement);
    sessions.set(session, [...(sessions.get(session) ?? []), statement]);
    if (isDefined(statement)) {
      if (name !== 'launched' && !AU_DEFINED.has(name)) problems.push(`${name} ${statement.id}: not a verb an AU may use`);
      else if (name !== 'launched') problems.push(...checkDefined(statement, name, expect));
    } else if (name === 'launched' || AU_DEFINED.has(name)) {
      problems.push(`${name} ${statement.id}: a cmi5 verb without the cmi5 category`);
    }
  }

  for (const [session, all] of sessions) {
    const au = all.filter((statement) => nameOf(statement) !== 'launched');
    const defined = au.filter(isDefined).map(nameOf);
    if (nameOf(au[0] ?? all[0]!) !== 'initialized') problems.push(`session ${session}: the AU's first statement is not initialized`);
    if (au.length > 0 && nameOf(au.at(-1)!) !== 'terminated') problems.push(`session ${session}: the last statement is not terminated`);
    const launched = all.findIndex((statement) => nameOf(statement) === 'launched');
    if (launched > 0) problems.push(`session ${session}: launched is not first`);
    for (const verb of new Set(defined))
      if (defined.filter((name) => name === verb).length > 1) problems.push(`session ${session}: ${verb} more than once`);
    if (defined.filter((name) => name === 'passed' || name === 'failed').length > 1)
      problems.push(`session ${session}: both passed and failed`);
    const mode = expect.launchModes[session];
    if (mode && mode !== 'Normal' && defined.some((name) => JUDGED.has(name)))
      problems.push(`session ${session}: ${mode} launch sent completed, passed or failed`);
  }

  const defined = ordered.filter(isDefined).map(nameOf);
  if (defined.filter((name) => name === 'completed').length > 1) problems.push('registration: completed more than once');
  if (defined.filter((name) => name === 'passed').length > 1) problems.push('registration: passed more than once');
  const passedAt = defined.indexOf('passed');
  if (passedAt >= 0 && defined.slice(passedAt).includes('failed')) problems.push('registration: failed after passed');
  return problems;
}
