import { z } from 'zod';
import { textField } from './schema-parts';

/**
 * Where the scenario takes place. The country is free text here so that a
 * wrong code reaches SCN023 (with a suggestion) rather than a bare pattern error.
 */
export const settingSchema = z
  .strictObject({
    country: textField(
      40,
      'Country, as an ISO 3166-1 alpha-2 code (US, GB, NZ, CA, AU…). The clinical guidelines the feedback cites must fit it.',
      ['US'],
    ),
    care: textField(120, 'The care setting, in a few words.', ['outpatient private practice']),
  })
  .meta({
    description:
      'Where the conversation takes place: country and care setting. Shown on the persona card; guidelines cited in feedback must fit the country.',
    examples: [{ country: 'US', care: 'outpatient private practice' }],
  });
