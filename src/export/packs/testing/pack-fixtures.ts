// Test helper (not shipped): packs made the way the Author page makes them.
import { checkScenarioSource, scenarioTemplate } from '../../../engine/authoring';
import type { CheckSource } from '../check-pack-scenarios';
import { PACK_CHECKER_VERSION } from '../check-pack-scenarios';
import { writePack, type PackScenarioInput } from '../write-pack';

export const checkSource: CheckSource = (source, file) => checkScenarioSource(source, file, { analyse: false });

/** A checked template scenario ready for writePack. */
export function templateInput(id: string, edit: (source: string) => string = (s) => s): PackScenarioInput {
  const source = edit(scenarioTemplate(id));
  const checked = checkSource(source, `${id}.scenario.yaml`);
  if (!checked.compiled) throw new Error(`template "${id}" did not check`);
  return { id, source, contentHash: checked.compiled.contentHash };
}

export const packOf = (...inputs: PackScenarioInput[]) => writePack(inputs, PACK_CHECKER_VERSION, new Date('2026-12-01T10:00:00Z'));
