import { z } from 'zod';

/** The passed or failed result this registration last reported, to show in a Review launch. */
export interface ReportedResult {
  /** 0–100, whole numbers. */
  scoreRaw: number;
  passed: boolean;
  /** 0–100. */
  passMark: number;
  /** When the attempt ended (epoch ms). */
  finishedAt: number;
}

/**
 * What this registration has already recorded in earlier sessions, kept by
 * the AU in its own State API document: cmi5 allows one `completed` and one
 * `passed` per registration, and no `failed` after a `passed` (§9.3).
 */
export interface RegistrationVerdicts {
  completed: boolean;
  passed: boolean;
  /** Absent until a Normal launch has sent `passed` or `failed`. */
  reported?: ReportedResult;
}

export const VERDICTS_STATE_ID = 'common-ground.registration-verdicts';

export const NO_VERDICTS: RegistrationVerdicts = { completed: false, passed: false };

const reportedSchema = z.object({
  scoreRaw: z.number().min(0).max(100),
  passed: z.boolean(),
  passMark: z.number().min(0).max(100),
  finishedAt: z.number().int().nonnegative(),
});

/** The stored document, read leniently: anything unreadable counts as nothing recorded yet. */
export function parseVerdicts(text: string | null): RegistrationVerdicts {
  try {
    const value = JSON.parse(text ?? 'null') as Record<string, unknown> | null;
    const reported = reportedSchema.safeParse(value?.reported);
    return {
      completed: value?.completed === true,
      passed: value?.passed === true,
      ...(reported.success ? { reported: reported.data } : {}),
    };
  } catch {
    return NO_VERDICTS;
  }
}
