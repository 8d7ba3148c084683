import type { z } from 'zod';

type AnySchema = z.core.$ZodType;
type Def = { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema };

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let def = defOf(current); WRAPPERS.has(def.type) && def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

/** The (unwrapped) schema that describes the value at `path`, if any. */
export function schemaAt(root: AnySchema, path: readonly (string | number)[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(root);
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(current);
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array') current = def.element;
    else return undefined;
    if (current) current = unwrap(current);
  }
  return current;
}

/** The field names an object schema at `path` accepts. */
export function fieldsAt(root: AnySchema, path: readonly (string | number)[]): string[] {
  const schema = schemaAt(root, path);
  const def = schema ? defOf(schema) : undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
