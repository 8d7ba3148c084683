import type { ScenarioVersions } from '../../export/records';
import type { CompiledScenario } from './engine';
import type { ScenarioSource } from './scenario-source';

/**
 * The built scenarios that records name, keyed by content hash, for checking
 * their scores. Only versions this app ships or has kept from scenario packs
 * (replaced versions included) can be loaded; a record naming
 * any other version (an older build, another program's scenario) is left to
 * be reported as "cannot verify".
 */
export async function loadScenarioVersions(
  source: ScenarioSource,
  records: readonly { scenarioId: string; contentHash: string }[],
): Promise<ScenarioVersions> {
  const wanted = new Set(records.map((record) => `${record.scenarioId}\n${record.contentHash}`));
  const shipped = source.catalog.filter((entry) => wanted.has(`${entry.id}\n${entry.contentHash}`));
  const listed = new Set(shipped.map((entry) => entry.contentHash));
  const unlisted = source.loadVersion ? [...new Set(records.map((r) => r.contentHash))].filter((hash) => !listed.has(hash)) : [];
  const loaded = await Promise.all([
    ...shipped.map((entry) => source.loadScenario(entry.id).catch(() => null)),
    ...unlisted.map((hash) => source.loadVersion?.(hash).catch(() => null) ?? null),
  ]);
  return new Map(
    loaded.filter((compiled): compiled is CompiledScenario => compiled !== null).map((compiled) => [compiled.contentHash, compiled]),
  );
}
