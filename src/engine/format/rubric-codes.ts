import { RUBRIC } from '../model/rubric';

/** The behaviour-code ids a scenario may use, from the one rubric. */
export const RUBRIC_CODE_IDS: readonly string[] = RUBRIC.codes.map((code) => code.id);

/** Code id → its short name, for schema hover text and messages. */
export const RUBRIC_CODE_NAMES: ReadonlyMap<string, string> = new Map(RUBRIC.codes.map((code) => [code.id, code.name]));
