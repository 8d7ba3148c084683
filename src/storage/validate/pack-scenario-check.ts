import { hashScenario } from '../../engine/trainee';
import type { PackScenarioRecord } from '../storage.types';
import { anyObject, finite, guard, nullable, shape, text, toCheck, type Check } from './checks';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored built scenario is the one its key names: same id, and content
 * that still hashes to it. A record damaged on disk fails here and is shown
 * as unreadable (and kept), never played.
 */
const compiledCheck: Check = (value, path) => {
  if (!isObject(value) || value.formatVersion !== 1 || !isObject(value.scenario)) return `${path} should be a built scenario`;
  try {
    return hashScenario(value.scenario as never) === value.contentHash ? null : `${path} does not match its content hash`;
  } catch {
    return `${path} should be a built scenario`;
  }
};

const recordShape = toCheck(
  shape<PackScenarioRecord>({
    contentHash: text,
    scenarioId: text,
    // Checked after the shape, by compiledCheck (its words depend on what is wrong).
    compiled: anyObject,
    pack: shape<PackScenarioRecord['pack']>({ name: text, publishedAt: text }),
    addedAt: finite,
    replacedAt: nullable(finite),
  }),
);

export const packScenarioCheck: Check = (value, path) => {
  const problem = recordShape(value, path) ?? compiledCheck((value as PackScenarioRecord).compiled, `${path}.compiled`);
  if (problem) return problem;
  const record = value as PackScenarioRecord;
  if (record.compiled.contentHash !== record.contentHash) return `${path}.compiled is not the version its key names`;
  if (record.compiled.scenario.id !== record.scenarioId) return `${path}.compiled is another scenario`;
  return null;
};

export const isPackScenario = guard<PackScenarioRecord>(packScenarioCheck, 'packScenario');
