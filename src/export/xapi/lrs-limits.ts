/** Limits on every call to a Learning Record Store. */
export interface LrsLimits {
  /** From sending the request to the last byte of the answer. */
  timeoutMs: number;
  /** Largest answer read; a bigger one is refused, not parsed. */
  maxResponseBytes: number;
}

/**
 * 15 s covers a slow LRS on a poor connection; a hung one is given up on
 * well before a trainee closes the tab. 5 MB holds a page of a few hundred
 * statements with long interaction definitions. Design choices, not findings.
 */
export const DEFAULT_LRS_LIMITS: LrsLimits = { timeoutMs: 15_000, maxResponseBytes: 5 * 1024 * 1024 };

/**
 * A shorter timeout for this browser only, for tests (the hung-LRS spec) and
 * for a support person diagnosing a slow LRS: localStorage key below, in ms,
 * kept between 200 ms and 2 minutes. It can only change how long to wait.
 */
export const TIMEOUT_OVERRIDE_KEY = 'common-ground.lrs-timeout-ms';

export function lrsLimits(): LrsLimits {
  let override: number | null = null;
  try {
    const raw = globalThis.localStorage?.getItem(TIMEOUT_OVERRIDE_KEY);
    if (raw) override = Number(raw);
  } catch {
    // Storage blocked: the default applies.
  }
  if (override === null || !Number.isFinite(override)) return DEFAULT_LRS_LIMITS;
  return { ...DEFAULT_LRS_LIMITS, timeoutMs: Math.min(120_000, Math.max(200, Math.round(override))) };
}
