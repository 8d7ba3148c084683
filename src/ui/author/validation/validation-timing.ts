/** Pause in typing before the quick check, and after it before the full analysis (ms). */
export const QUICK_DELAY_MS = 150;
export const FULL_DELAY_MS = 600;
