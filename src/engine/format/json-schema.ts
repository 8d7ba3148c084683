import { z } from 'zod';
import { scenarioSchema } from './scenario-schema';

/** Where the generated schema lives; scenario files link to it with a modeline. */
export const SCHEMA_FILE = 'scenarios/scenario.schema.json';

/**
 * The scenario format as JSON Schema (draft-07, which every version of the
 * YAML editor extension reads). `io: 'input'` keeps defaulted fields, such
 * as initialState's variables, optional for authors.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $comment: 'Generated from src/engine/format/scenario-schema.ts by `npm run build:schema`; do not edit by hand.',
  };
}

/** The exact text of scenarios/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
