import type { Statement } from './xapi-types';
import { DIMENSIONS, OUTCOME_CLASSES, type Dimension, type OutcomeClass } from '../../engine/trainee';
import type { CohortAttempt } from '../records/cohort.types';
import { EXT, VERBS, XAPI_BASE_IRI } from './xapi-iris';

const SCENARIO_PREFIX = `${XAPI_BASE_IRI}/scenarios/`;

export interface CohortFromStatements {
  /** Finished attempts (completed or abandoned), ready for the dashboard's aggregation. */
  attempts: CohortAttempt[];
  /** Attempts that are suspended or still running: not counted yet. */
  unfinished: number;
}

const is = (statement: Statement, verb: keyof typeof VERBS): boolean => statement.verb.id === VERBS[verb].id;
const timeOf = (statement: Statement): number => Date.parse(statement.timestamp ?? statement.stored ?? '') || 0;
const ext = (statement: Statement | undefined, key: string): unknown => statement?.result?.extensions?.[key];

function scenarioOf(statements: Statement[]): { id: string; title: string } {
  const parent = statements.flatMap((s) => s.context?.contextActivities?.parent ?? []).find((a) => a.id.startsWith(SCENARIO_PREFIX));
  const id = parent ? decodeURIComponent(parent.id.slice(SCENARIO_PREFIX.length)) : 'unknown';
  const names = parent?.definition?.name;
  return { id, title: (names && Object.values(names)[0]) ?? id };
}

/** The last answer given at each turn (a retried decision replaces the earlier one). */
function decisionsOf(statements: Statement[]): CohortAttempt['decisions'] {
  const byTurn = new Map<number, Statement>();
  for (const s of statements.filter((x) => is(x, 'answered')).sort((a, b) => timeOf(a) - timeOf(b))) {
    const turn = ext(s, EXT.turn);
    if (typeof turn === 'number') byTurn.set(turn, s);
  }
  return [...byTurn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, s]) => {
      const objectId = (s.object as { id: string }).id;
      const codes = ext(s, EXT.behaviourCodes);
      // A free-text answer's response is the trainee's words; the choice it went on through is an extension.
      const chosen = ext(s, EXT.chosenChoice);
      return {
        nodeId: decodeURIComponent(objectId.slice(objectId.lastIndexOf('/nodes/') + 7)),
        choiceId: ext(s, EXT.timedOut) === true ? 'timeout' : typeof chosen === 'string' ? chosen : (s.result?.response ?? ''),
        codes: Array.isArray(codes) ? codes.filter((c): c is string => typeof c === 'string') : [],
      };
    });
}

function dimensionsOf(statement: Statement | undefined): CohortAttempt['dimensions'] {
  const raw = ext(statement, EXT.dimensionScores);
  if (!raw || typeof raw !== 'object') return {};
  const out: Partial<Record<Dimension, number>> = {};
  for (const dimension of DIMENSIONS) {
    const value = (raw as Record<string, unknown>)[dimension];
    if (typeof value === 'number') out[dimension] = value;
  }
  return out;
}

function attemptOf(registration: string, statements: Statement[]): CohortAttempt | null {
  const completed = statements.find((s) => is(s, 'completed'));
  const terminated = statements.find((s) => is(s, 'terminated'));
  if (!completed && !terminated) return null;
  const judged = statements.find((s) => is(s, 'passed') || is(s, 'failed'));
  const account = (statements[0]?.actor as { account?: { name?: string } }).account;
  const learner = account?.name ?? 'unknown';
  const outcome = ext(judged ?? completed, EXT.outcome);
  const scenario = scenarioOf(statements);
  return {
    attemptId: registration,
    traineeKey: learner,
    traineeName: learner,
    programId: learner,
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    finishedAt: timeOf((completed ?? terminated)!),
    status: completed ? 'completed' : 'abandoned',
    outcome: OUTCOME_CLASSES.includes(outcome as OutcomeClass) ? (outcome as OutcomeClass) : null,
    overall: judged?.result?.score?.raw ?? null,
    dimensions: dimensionsOf(judged),
    decisions: decisionsOf(statements),
  };
}

/** Groups statements by registration (one per attempt) into the dashboard's attempts. */
export function statementsToCohort(statements: Statement[]): CohortFromStatements {
  const byRegistration = new Map<string, Statement[]>();
  for (const statement of statements) {
    const registration = statement.context?.registration;
    if (!registration) continue;
    const list = byRegistration.get(registration);
    if (list) list.push(statement);
    else byRegistration.set(registration, [statement]);
  }
  const attempts: CohortAttempt[] = [];
  let unfinished = 0;
  for (const [registration, list] of byRegistration) {
    const attempt = attemptOf(registration, list);
    if (attempt) attempts.push(attempt);
    else unfinished++;
  }
  return { attempts, unfinished };
}
