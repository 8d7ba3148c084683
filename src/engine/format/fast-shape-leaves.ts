/**
 * The fast path's leaves (fast-shape.ts): zod schema definitions read as
 * plain data, the checks it can reproduce exactly (length limits, patterns,
 * number ranges, safe integers), and string fields as one closure. Any other
 * check throws Unsupported, which turns the whole fast path off.
 */
import type { z } from 'zod';

export type AnySchema = z.core.$ZodType;
/** Returned when the fast path cannot vouch for the input. */
export const GIVE_UP: unique symbol = Symbol('give up');
export type Fast = (input: unknown) => unknown;

export interface Def {
  type: string;
  checks?: AnySchema[];
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  catchall?: AnySchema;
  element?: AnySchema;
  entries?: Record<string, unknown>;
  values?: unknown[];
  format?: string;
  coerce?: boolean;
  defaultValue?: unknown;
}

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  maximum?: number;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}

export class Unsupported extends Error {}

export const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A predicate per check (or Unsupported); strings use UTF-16 length only where zod's code-point count cannot differ. */
function checkOf(check: AnySchema): (v: unknown) => boolean {
  const def = check._zod.def as unknown as CheckDef;
  switch (def.check) {
    case 'max_length': {
      const max = def.maximum!;
      // zod counts code points only beyond `max` UTF-16 units; within it the counts agree.
      return (v) => (v as { length: number }).length <= max;
    }
    case 'min_length': {
      const min = def.minimum!;
      // For strings zod counts code points below 2 × min units; at or above it, units suffice.
      return (v) => (typeof v === 'string' ? v.length >= 2 * min : (v as unknown[]).length >= min);
    }
    case 'greater_than': {
      const { value, inclusive } = def as Required<CheckDef>;
      return (v) => (inclusive ? (v as number) >= value : (v as number) > value);
    }
    case 'less_than': {
      const { value, inclusive } = def as Required<CheckDef>;
      return (v) => (inclusive ? (v as number) <= value : (v as number) < value);
    }
    case 'string_format':
      if (def.format === 'regex' && def.pattern) {
        const pattern = def.pattern;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      throw new Unsupported();
    case 'number_format':
      if (def.format === 'safeint') return (v) => Number.isSafeInteger(v);
      throw new Unsupported();
    default:
      throw new Unsupported();
  }
}

export function withChecks(schema: AnySchema, base: Fast): Fast {
  const checks = [...(defOf(schema).checks ?? [])];
  if (schema._zod.traits.has('$ZodCheck')) checks.unshift(schema);
  if (checks.length === 0) return base;
  const tests = checks.map(checkOf);
  return (input) => {
    const out = base(input);
    if (out === GIVE_UP) return GIVE_UP;
    for (const test of tests) if (!test(out)) return GIVE_UP;
    return out;
  };
}

/** The checks on a schema (its own, when it is itself a check, first), as zod runs them. */
function checksOf(schema: AnySchema): AnySchema[] {
  const checks = [...(defOf(schema).checks ?? [])];
  if (schema._zod.traits.has('$ZodCheck')) checks.unshift(schema);
  return checks;
}

/**
 * A string schema as one closure: the usual checks (length limits, patterns)
 * inline, since every text field of a scenario passes through here.
 */
export function buildString(schema: AnySchema): Fast {
  let max = Infinity;
  let min = 0;
  const patterns: RegExp[] = [];
  for (const check of checksOf(schema)) {
    const def = check._zod.def as unknown as CheckDef;
    if (def.check === 'max_length') max = Math.min(max, def.maximum!);
    // zod counts code points below 2 × min UTF-16 units; at or above it, units suffice.
    else if (def.check === 'min_length') min = Math.max(min, 2 * def.minimum!);
    else if (def.check === 'string_format' && def.format === 'regex' && def.pattern) patterns.push(def.pattern);
    else throw new Unsupported();
  }
  // zod counts code points only beyond `max` UTF-16 units; within it the counts agree.
  return (v) => {
    if (typeof v !== 'string' || v.length > max || v.length < min) return GIVE_UP;
    for (let i = 0; i < patterns.length; i++) {
      const pattern = patterns[i]!;
      pattern.lastIndex = 0;
      if (!pattern.test(v)) return GIVE_UP;
    }
    return v;
  };
}
