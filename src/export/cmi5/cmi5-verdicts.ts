/**
 * What this registration has already recorded in earlier sessions, kept by
 * the AU in its own State API document: cmi5 allows one `completed` and one
 * `passed` per registration, and no `failed` after a `passed` (§9.3).
 */
export interface RegistrationVerdicts {
  completed: boolean;
  passed: boolean;
}

export const VERDICTS_STATE_ID = 'common-ground.registration-verdicts';

export const NO_VERDICTS: RegistrationVerdicts = { completed: false, passed: false };

/** The stored document, read leniently: anything unreadable counts as nothing recorded yet. */
export function parseVerdicts(text: string | null): RegistrationVerdicts {
  try {
    const value = JSON.parse(text ?? 'null') as Record<string, unknown> | null;
    return { completed: value?.completed === true, passed: value?.passed === true };
  } catch {
    return NO_VERDICTS;
  }
}
