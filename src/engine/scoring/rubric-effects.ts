// Generated from seeds/rubric.json by `npm run build:schema`; do not edit.
import type { StateEffects } from '../format/scenario.types';

/**
 * Each behaviour code's default effect on patient state. The play screen's
 * patient model needs only these numbers; the whole rubric (names,
 * definitions, examples, evidence) would add about 3 KB gzip to every
 * trainee's first download. rubric-effects.test.ts fails if this copy and
 * the rubric ever differ.
 */
export const RUBRIC_EFFECTS: Readonly<Record<string, StateEffects>> = {
  CR: { anger: -12, trust: 6 },
  SR: { anger: -5, trust: 3 },
  EXP: { anger: -3, trust: 3 },
  VAL: { anger: -12, trust: 8 },
  INJ: { anger: -12, trust: 8 },
  AF: { anger: -4, trust: 5 },
  SUP: { anger: -4, trust: 7 },
  GOAL: { goalAgreement: 15, trust: 3 },
  BARR: { taskAgreement: 8, goalAgreement: 5, trust: 4 },
  SEEK: { taskAgreement: 12, goalAgreement: 5 },
  AUT: { taskAgreement: 8, trust: 5, anger: -3 },
  PWP: { taskAgreement: 10, trust: 2 },
  SUM: { trust: 4, goalAgreement: 4, anger: -3 },
  LIM: { anger: 5, trust: -3 },
  DIS: { anger: 12, trust: -10 },
  REAS: { anger: 8, trust: -6 },
  UND: { anger: 6, trust: -5 },
  ARG: { anger: 18, trust: -14 },
  PERS: { anger: 6, trust: -4, taskAgreement: -5 },
  DEF: { anger: 10, trust: -10 },
  JARG: { anger: 3, trust: -3 },
  QQ: { anger: 4, trust: -3 },
};
