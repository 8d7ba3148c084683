import type { Settings } from '../storage.types';
import { DEFAULT_SETTINGS } from '../default-settings';
import * as z from 'zod/mini';
import { finite, flag, nullable, oneOf, optional, shape, text, toCheck, type Check, type Schema } from './checks';

export { DEFAULT_SETTINGS };

const unitInterval = finite.check(z.gte(0, 'should be 0–1'), z.lte(1, 'should be 0–1'));

const FIELD_SCHEMAS: { [K in keyof Settings]-?: Schema } = {
  activeProfileId: nullable(text),
  askedForName: flag,
  mode: oneOf(['coach', 'realistic']),
  volume: unitInterval,
  muted: flag,
  ambient: flag,
  speechSynthesis: flag,
  timeLimitFactor: oneOf([1, 2, 4, null]),
  reducedMotion: oneOf(['system', 'reduce', 'no-preference']),
  freeTextMode: oneOf(['off', 'ask', 'always']),
  keepTypedWords: flag,
  lrs: nullable(
    shape<NonNullable<Settings['lrs']>>({
      endpoint: text,
      key: text,
      secret: text,
      homePage: text,
      kind: optional(oneOf(['learner-write', 'dashboard-read'])),
    }),
  ),
};

const FIELD_CHECKS = Object.fromEntries(Object.entries(FIELD_SCHEMAS).map(([key, schema]) => [key, toCheck(schema)])) as Record<
  keyof Settings,
  Check
>;

/**
 * Settings are one small record, so they are repaired rather than skipped:
 * each unreadable field falls back to its default (Twine's repair-on-load),
 * and the caller reports how many fields needed it.
 */
export function repairSettings(value: unknown): { settings: Settings; repaired: string[] } {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const repaired: string[] = [];
  if (value !== undefined && stored === null) repaired.push('settings');
  if (stored) {
    for (const [key, check] of Object.entries(FIELD_CHECKS)) {
      if (!(key in stored)) continue;
      if (check(stored[key], key) === null) settings[key] = stored[key];
      else repaired.push(key);
    }
  }
  return { settings: settings as unknown as Settings, repaired };
}
