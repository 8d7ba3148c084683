import { z } from 'zod';
import { LrsError } from './lrs-error';
import type { Statement, StatementPage } from './xapi-types';

/**
 * What the dashboard reads from a GET /statements answer, checked before use.
 * Objects stay loose (an LRS adds `stored`, `authority`, `version`…), but
 * every field the cohort view reads has the type it expects, so a hostile or
 * broken LRS cannot make it crash or show something it did not send.
 */
const languageMap = z.record(z.string(), z.string());
const extensions = z.record(z.string(), z.unknown());
const activity = z.looseObject({
  id: z.string(),
  definition: z.looseObject({ name: languageMap.optional(), type: z.string().optional() }).optional(),
});

const statement = z.looseObject({
  id: z.string(),
  actor: z.looseObject({ account: z.looseObject({ homePage: z.string(), name: z.string() }).optional() }),
  verb: z.looseObject({ id: z.string() }),
  object: z.looseObject({ id: z.string().optional() }),
  result: z
    .looseObject({
      response: z.string().optional(),
      score: z.looseObject({ raw: z.number().optional(), scaled: z.number().optional() }).optional(),
      extensions: extensions.optional(),
    })
    .optional(),
  context: z
    .looseObject({
      registration: z.string().optional(),
      contextActivities: z.looseObject({ parent: z.array(activity).optional() }).optional(),
    })
    .optional(),
  timestamp: z.string().optional(),
  stored: z.string().optional(),
});

const page = z.looseObject({ statements: z.array(statement), more: z.string().optional() });

export function parseStatementPage(text: string): StatementPage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LrsError(200, 'not JSON', 'bad-answer');
  }
  const parsed = page.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LrsError(200, `unexpected ${issue ? issue.path.join('.') || 'answer' : 'answer'}`, 'bad-answer');
  }
  return { statements: parsed.data.statements as unknown as Statement[], ...(parsed.data.more ? { more: parsed.data.more } : {}) };
}
