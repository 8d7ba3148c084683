import type { Setting } from './scenario.types';

let regionNames: Intl.DisplayNames | undefined;

const countryNames = () => (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }));

/**
 * Makes the country-name lookup now. Making it loads the locale's region names
 * (about 17 ms on a desktop, four times that on a slow phone); the app does it
 * in a task of its own at start-up, so that cost does not land inside the
 * first screen's render and make it one long task.
 */
export function prepareCountryNames(): void {
  try {
    countryNames();
  } catch {
    // No Intl.DisplayNames: countryOf shows the code, as it does for a malformed one.
  }
}

/**
 * The English name of a country code. Read from Intl, so the trainee's bundle
 * does not carry the checker's table of names (countries.ts, which the checker
 * uses for SCN023); the two agree on every code the checker accepts.
 */
function countryOf(code: string): string {
  try {
    return countryNames().of(code.toUpperCase()) ?? code;
  } catch {
    // Not a well-formed region code: show what the author wrote.
    return code;
  }
}

/** The setting in one line for the library and persona cards ("United States · outpatient private practice"); null when none is given. */
export function settingText(setting: Setting | undefined): string | null {
  if (!setting) return null;
  return `${countryOf(setting.country.trim())} · ${setting.care.trim()}`;
}
