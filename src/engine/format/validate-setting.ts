import { COUNTRY_ALIASES, countryName } from './countries';
import type { Scenario } from './scenario.types';
import type { Report } from './validate-ids';

/**
 * The scenario says where it takes place (SCN023), so its feedback can be
 * held to that country's guidelines. A warning, not an error: scenarios
 * written before the field existed still play.
 */
export function validateSetting(scenario: Scenario, report: Report): void {
  const setting = scenario.setting;
  if (!setting) {
    report(
      'SCN023',
      'The scenario does not say where it takes place. Add setting: { country: US, care: outpatient private practice } (your country and care setting) after persona.',
      ['persona'],
    );
    return;
  }
  const country = setting.country.trim();
  if (countryName(country)) return;
  const upper = country.toUpperCase();
  const hint = COUNTRY_ALIASES[upper] ?? (countryName(upper) ? upper : undefined);
  const suggestion = hint
    ? ` Did you mean "${hint}" (${countryName(hint) ?? hint})?`
    : ' Use a two-letter ISO 3166-1 code such as US, GB, NZ, CA or AU.';
  report('SCN023', `"${country}" is not a country code.${suggestion}`, ['setting', 'country']);
}
