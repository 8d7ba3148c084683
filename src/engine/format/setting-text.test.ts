import { describe, expect, it } from 'vitest';
import { settingText } from './setting-text';

describe('settingText', () => {
  it('names the country and the care setting on one line', () => {
    expect(settingText({ country: 'US', care: 'outpatient private practice' })).toBe('United States · outpatient private practice');
    expect(settingText({ country: 'GB', care: 'NHS physiotherapy outpatients' })).toBe('United Kingdom · NHS physiotherapy outpatients');
  });

  it('shows an unknown code as written (SCN023 has already warned) and nothing when there is no setting', () => {
    expect(settingText({ country: 'XX', care: 'clinic' })).toBe('XX · clinic');
    expect(settingText(undefined)).toBeNull();
  });
});

describe('the country names shown and the checker’s table', () => {
  it('agree on every code the checker accepts (so a name never changes between the Author page and the library)', async () => {
    const { COUNTRY_NAMES } = await import('./countries');
    for (const [code, name] of Object.entries(COUNTRY_NAMES)) expect(settingText({ country: code, care: 'c' })).toBe(`${name} · c`);
  });
});

describe('prepareCountryNames', () => {
  it('makes the lookup ahead of time without changing a name', async () => {
    const { prepareCountryNames } = await import('./setting-text');
    expect(() => prepareCountryNames()).not.toThrow();
    expect(settingText({ country: 'au', care: 'c' })).toBe('Australia · c');
  });
});
