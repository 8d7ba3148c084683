import * as z from 'zod/mini';

/**
 * The storage boundary's schemas, in zod/mini (tree-shaken, so storage, which
 * ships to trainees, carries only what these use). Each kind of value carries
 * the plain words the import messages and logs use.
 *
 * A check returns null when the value is fine, or a short description of the
 * first problem, with its path, for logs and import messages.
 */
export type Check = (value: unknown, path: string) => string | null;
export type Schema = z.ZodMiniType;

// Pages run under a Content Security Policy without 'unsafe-eval'; zod's
// compiled fast path would try `new Function` there (a logged violation).
z.config({ jitless: true });

export const text = z.string('should be text');
export const finite = z.number('should be a number');
export const flag = z.boolean('should be true or false');

/** Anything JSON-like that is an object (contents checked elsewhere, if at all). */
export const anyObject = z.looseObject({}, 'should be an object');

export const oneOf = <const T extends readonly (string | number | null)[]>(values: T) =>
  z.literal(values, `should be one of ${values.map(String).join(', ')}`);

export const nullable = z.nullable;
export const optional = z.optional;
export const arrayOf = <T extends Schema>(item: T) => z.array(item, 'should be a list');

/** An object whose values all pass `value` (e.g. partial state effects). */
export const dictOf = <T extends Schema>(value: T) => z.record(z.string(), value, 'should be an object');

/**
 * An object with exactly the listed fields checked. Typing the field map by
 * `T` means a field added to a record type without a check fails to compile.
 * Unknown extra fields are allowed (and kept: callers use the value they
 * checked, not zod's copy), so older code can read newer records.
 */
export function shape<T>(fields: { [K in keyof T]-?: Schema }) {
  return z.object(fields, 'should be an object');
}

/** A value `isValid` accepts, described by `problem` when it does not. */
export const satisfying = <T>(isValid: (value: unknown) => value is T, problem: string) => z.custom<T>(isValid, problem);

const pathText = (root: string, path: readonly PropertyKey[]) =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), root);

/** The schema as a Check: the first problem, as `<path> <words>`. */
export function toCheck(schema: Schema): Check {
  return (value, root) => {
    const result = z.safeParse(schema, value);
    if (result.success) return null;
    const [first] = result.error.issues;
    return first ? `${pathText(root, first.path)} ${first.message}` : `${root} is not readable`;
  };
}

/** Turns a check into a type guard for `T`. */
export function guard<T>(check: Check, root: string): (value: unknown) => value is T {
  return (value: unknown): value is T => check(value, root) === null;
}
