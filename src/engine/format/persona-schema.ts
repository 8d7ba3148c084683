import { z } from 'zod';
import { textField, textList } from './schema-parts';

export const SKIN_TONES = ['light', 'medium-light', 'medium', 'medium-dark', 'dark'] as const;
export const HAIR_STYLES = ['short', 'long', 'curly', 'bald', 'bun', 'grey-short', 'grey-long', 'hijab'] as const;

const avatarSchema = z
  .strictObject({
    skinTone: z
      .enum(SKIN_TONES)
      .optional()
      .meta({ description: 'Skin tone of the drawn avatar.', examples: ['medium'] }),
    hair: z
      .enum(HAIR_STYLES)
      .optional()
      .meta({ description: 'Hair style of the drawn avatar.', examples: ['short'] }),
    glasses: z
      .boolean()
      .optional()
      .meta({ description: 'Whether the avatar wears glasses (true or false).', examples: [false] }),
    beard: z
      .boolean()
      .optional()
      .meta({ description: 'Whether the avatar has a beard (true or false).', examples: [true] }),
  })
  .meta({
    description: 'Illustration hints for the avatar; all optional.',
    examples: [{ skinTone: 'light', hair: 'short', glasses: false, beard: true }],
  });

export const personaSchema = z
  .strictObject({
    name: textField(80, "The patient's name.", ['Dariusz Nowak']),
    age: z
      .int()
      .min(0)
      .max(120)
      .meta({ description: 'Age in years.', examples: [47] }),
    pronouns: textField(30, 'Pronouns, if given.', ['he/him']).optional(),
    occupation: textField(80, 'Occupation, if relevant.', ['warehouse supervisor']).optional(),
    condition: textField(300, 'The musculoskeletal condition, in a sentence.', [
      'Chronic low back pain, 14 months after a lifting injury at work',
    ]),
    painHistory: textField(2000, 'The history of the pain and its care so far.', [
      'Two physiotherapy courses and a normal MRI; told to "keep active".',
    ]),
    context: textField(2000, 'What brings the patient here today, and what they expect.', [
      'Referred again by his GP; his compensation claim is disputed.',
    ]),
    values: textList(8, 'What matters to the patient; the best route builds the plan on these.', [['Providing for his daughters']]),
    barriers: textList(8, 'What stands in the way of a plan: shift work, cost, fear of making it worse…', [
      ['Disputed compensation claim'],
    ]),
    avatar: avatarSchema.optional(),
  })
  .meta({ description: 'Who the patient is: the trainee reads this before the conversation.' });
