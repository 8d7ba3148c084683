import { describe, expect, it } from 'vitest';
import { settingText } from './setting-text';

describe('settingText', () => {
  it("names the country and the care setting on one line", () => {
    expect(settingText({ country: 'US', care: 'outpatient private practice' })).toBe('United States · outpatient private practice');
    expect(settingText({ country: 'GB', care: 'NHS physiotherapy outpatients' })).toBe('United Kingdom · NHS physiotherapy outpatients');
  });

  it('shows an unknown code as written (SCN023 has already warned) and nothing when there is no setting', () => {
    expect(settingText({ country: 'XX', care: 'clinic' })).toBe('XX · clinic');
    expect(settingText(undefined)).toBeNull();
  });
});
