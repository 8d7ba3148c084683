/**
 * A fast path for zod's safeParse on well-formed input. zod validates a
 * 1,000-node scenario in about 5 ms, most of it bookkeeping for issues a
 * valid file never has. This walks the schema's definition once and builds
 * plain closures that accept only input zod would accept, and return what
 * zod would return: objects with the schema's keys in the schema's order
 * (absent optional keys left out, defaults filled in), arrays, the same
 * strings, numbers and booleans. With `shareInput`, where zod's copy would
 * equal the input, the input itself is returned, which spares the allocation.
 *
 * Anything the closures are unsure of (a schema feature they do not model,
 * a string near a length limit with surrogate pairs, any invalid value) makes
 * them give up, and the caller runs zod, which produces the real result and
 * the issues. So the fast path can only ever be slower to say "no", never
 * different. fast-shape.test.ts checks it against zod.
 */
import type { z } from 'zod';
import { buildString, defOf, GIVE_UP, isObject, Unsupported, withChecks, type AnySchema, type Def, type Fast } from './fast-shape-leaves';

export { GIVE_UP };

function build(schema: AnySchema, share: boolean): Fast {
  const def = defOf(schema);
  if (def.coerce) throw new Unsupported();
  switch (def.type) {
    case 'string':
      if (def.format !== undefined && def.format !== 'regex') throw new Unsupported();
      return buildString(schema);
    case 'number':
      if (def.format !== undefined && def.format !== 'safeint') throw new Unsupported();
      return withChecks(schema, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : GIVE_UP));
    case 'boolean':
      return withChecks(schema, (v) => (typeof v === 'boolean' ? v : GIVE_UP));
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return withChecks(schema, (v) => (values.has(v) ? v : GIVE_UP));
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return withChecks(schema, (v) => (values.has(v) ? v : GIVE_UP));
    }
    case 'optional': {
      const inner = def.innerType!;
      if (inner._zod.optin !== undefined) throw new Unsupported();
      const fast = build(inner, share);
      return withChecks(schema, (v) => (v === undefined ? undefined : fast(v)));
    }
    case 'default': {
      const fast = build(def.innerType!, share);
      // zod substitutes the default without validating it.
      return withChecks(schema, (v) => (v === undefined ? def.defaultValue : fast(v)));
    }
    case 'prefault': {
      const fast = build(def.innerType!, share);
      return withChecks(schema, (v) => fast(v === undefined ? def.defaultValue : v));
    }
    case 'array': {
      const element = build(def.element!, share);
      return withChecks(schema, (v) => {
        if (!Array.isArray(v)) return GIVE_UP;
        // When sharing, the input array itself is returned if every element comes back unchanged (the usual case).
        let out: unknown[] | null = share ? null : new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i]);
          if (item === GIVE_UP) return GIVE_UP;
          if (out) out[i] = item;
          else if (item !== v[i]) {
            out = v.slice(0, i);
            out[i] = item;
          }
        }
        return out ?? v;
      });
    }
    case 'object':
      return withChecks(schema, buildObject(def, share));
    default:
      throw new Unsupported();
  }
}

/**
 * zod's object rules for a valid input: shape order, absent optionals
 * skipped, defaults filled. The input object itself is returned when zod's
 * output would equal it: only known keys, in the schema's order, none
 * defaulted, every value unchanged. (zod's result is a new object with equal
 * contents; nothing holds on to the input, so sharing it is safe.)
 */
function buildObject(def: Def, share: boolean): Fast {
  const strict = def.catchall !== undefined;
  if (strict && defOf(def.catchall!).type !== 'never') throw new Unsupported();
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) throw new Unsupported();
  const position = new Map(keys.map((key, i) => [key, i]));
  const fields = keys.map((key) => ({ key, fast: build(shape[key]!, share), optin: shape[key]!._zod.optin, optout: shape[key]!._zod.optout }));
  return (input) => {
    if (!isObject(input)) return GIVE_UP;
    // Keys known (strict) and in shape order: then zod's output has the input's key order.
    let inOrder = true;
    let last = -1;
    for (const key in input) {
      const at = position.get(key);
      if (at === undefined) {
        if (strict) return GIVE_UP;
        inOrder = false;
      } else if (at < last) inOrder = false;
      else last = at;
    }
    let out: Record<string, unknown> | null = inOrder && share ? null : {};
    for (let f = 0; f < fields.length; f++) {
      const { key, fast, optin, optout } = fields[f]!;
      const present = key in input;
      if (!present && optout === 'optional' && optin === 'optional') continue;
      if (!present && optin === undefined) return GIVE_UP;
      const value = fast(input[key]);
      if (value === GIVE_UP) return GIVE_UP;
      const keep = value !== undefined || present || (optin === 'defaulted' && optout !== 'optional');
      if (!out && (!present || value !== input[key])) out = copyBefore(input, fields, f);
      if (out && keep) out[key] = value;
    }
    return out ?? input;
  };
}

/** zod's output for the fields before `end`, which all came back unchanged and present or skipped. */
function copyBefore(input: Record<string, unknown>, fields: readonly { key: string }[], end: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let f = 0; f < end; f++) {
    const { key } = fields[f]!;
    if (key in input) out[key] = input[key];
  }
  return out;
}

export interface FastShapeOptions {
  /**
   * Return parts of the input itself where zod's copy would equal them.
   * Only for plain data as a YAML or JSON reader produces it: arrays with
   * no extra properties, objects with no symbol keys or accessors.
   */
  shareInput?: boolean;
}

/**
 * A fast validator for `schema`: the parsed value, or GIVE_UP (run zod).
 * A schema using features the fast path does not model gets a validator
 * that always gives up.
 */
export function fastShapeCheck<T>(schema: z.ZodType<T>, options: FastShapeOptions = {}): (input: unknown) => T | typeof GIVE_UP {
  try {
    return build(schema as unknown as AnySchema, options.shareInput ?? false) as (input: unknown) => T | typeof GIVE_UP;
  } catch (error) {
    if (error instanceof Unsupported) return () => GIVE_UP;
    throw error;
  }
}
