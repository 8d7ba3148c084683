import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../runtime/testing/fake-scenario';
import { validateScenario } from './validate-scenario';

const setting023 = (overrides: Parameters<typeof fakeScenario>[0]) =>
  validateScenario(fakeScenario(overrides)).filter((d) => d.code === 'SCN023');

describe('SCN023: the setting says where the scenario takes place', () => {
  it('accepts a two-letter ISO country code', () => {
    expect(setting023({ setting: { country: 'US', care: 'outpatient private practice' } })).toEqual([]);
    expect(setting023({ setting: { country: 'NZ', care: 'private physiotherapy clinic' } })).toEqual([]);
  });

  it('warns when the setting is missing, pointing at persona', () => {
    const [found] = setting023({ setting: undefined });
    expect(found).toMatchObject({ severity: 'warning', path: ['persona'] });
    expect(found?.message).toMatch(/does not say where it takes place/);
  });

  it('names a common non-ISO spelling and the code to use', () => {
    const [uk] = setting023({ setting: { country: 'UK', care: 'NHS outpatient physiotherapy' } });
    expect(uk).toMatchObject({ path: ['setting', 'country'] });
    expect(uk?.message).toBe('"UK" is not a country code. Did you mean "GB" (United Kingdom)?');
    expect(setting023({ setting: { country: 'us', care: 'clinic' } })[0]?.message).toMatch(/Did you mean "US" \(United States\)/);
  });

  it('asks for a two-letter code when it cannot guess', () => {
    expect(setting023({ setting: { country: 'Narnia', care: 'clinic' } })[0]?.message).toMatch(/two-letter ISO 3166-1 code/);
  });
});
