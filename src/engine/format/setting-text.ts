import { countryName } from './countries';
import type { Setting } from './scenario.types';

/** The setting in one line for the library and persona cards ("United States · outpatient private practice"); null when none is given. */
export function settingText(setting: Setting | undefined): string | null {
  if (!setting) return null;
  const country = countryName(setting.country.trim()) ?? setting.country.trim();
  return `${country} · ${setting.care.trim()}`;
}
