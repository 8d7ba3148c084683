/**
 * A few hand-written validator combinators. Storage reads and import files are
 * parsed through these at the boundary; they are a fraction of zod's size,
 * which matters because storage ships to trainees.
 *
 * A check returns null when the value is fine, or a short description of the
 * first problem, with its path, for logs and import messages.
 */
export type Check = (value: unknown, path: string) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text: Check = (value, path) =>
  typeof value === 'string' ? null : `${path} should be text`;

export const finite: Check = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? null : `${path} should be a number`;

export const flag: Check = (value, path) =>
  typeof value === 'boolean' ? null : `${path} should be true or false`;

/** Anything JSON-like that is an object (contents checked elsewhere, if at all). */
export const anyObject: Check = (value, path) =>
  isObject(value) ? null : `${path} should be an object`;

export function oneOf(values: readonly unknown[]): Check {
  return (value, path) =>
    values.includes(value) ? null : `${path} should be one of ${values.map(String).join(', ')}`;
}

export function nullable(check: Check): Check {
  return (value, path) => (value === null ? null : check(value, path));
}

export function optional(check: Check): Check {
  return (value, path) => (value === undefined ? null : check(value, path));
}

export function arrayOf(check: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return `${path} should be a list`;
    for (let i = 0; i < value.length; i += 1) {
      const problem = check(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
}

/** An object whose values all pass `check` (e.g. partial state effects). */
export function dictOf(check: Check): Check {
  return (value, path) => {
    if (!isObject(value)) return `${path} should be an object`;
    for (const key of Object.keys(value)) {
      const problem = check(value[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
}

/**
 * An object with exactly the listed fields checked. Typing the field map by
 * `T` means a field added to a record type without a check fails to compile.
 * Unknown extra fields are allowed, so older code can read newer records.
 */
export function shape<T>(fields: { [K in keyof T]-?: Check }): Check {
  const entries = Object.entries(fields) as [string, Check][];
  return (value, path) => {
    if (!isObject(value)) return `${path} should be an object`;
    for (const [key, check] of entries) {
      const problem = check(value[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  };
}

/** Turns a check into a type guard for `T`. */
export function guard<T>(check: Check, root: string): (value: unknown) => value is T {
  return (value: unknown): value is T => check(value, root) === null;
}
