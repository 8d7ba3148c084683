import { useMemo } from 'react';
import { useLoaded } from '../data/use-loaded';
import { useScenarioSource } from '../scenarios/scenario-source';
import { textsOf, type ScenarioTexts } from './decision-names';

const NONE: ReadonlyMap<string, ScenarioTexts> = new Map();

/**
 * Loads the wording of the scenarios this build ships, so the item analysis
 * can name decision points by phase and patient line, and responses by their
 * words, rather than "opening-1" and "choice a". Scenarios the build does
 * not know (files from another version, synthetic cohorts), or that fail to
 * load, keep their ids.
 */
export function useScenarioTexts(scenarioIds: readonly string[]): ReadonlyMap<string, ScenarioTexts> {
  const { catalog, loadScenario } = useScenarioSource();
  const key = scenarioIds.join('\n');
  const load = useMemo(() => {
    const known = key.split('\n').filter((id) => catalog.some((entry) => entry.id === id));
    return async () => {
      const loaded = await Promise.all(
        known.map((id) =>
          loadScenario(id).then(
            (compiled) => [id, textsOf(compiled.scenario)] as const,
            () => null,
          ),
        ),
      );
      return new Map(loaded.filter((entry) => entry !== null));
    };
  }, [key, catalog, loadScenario]);
  return useLoaded(load).data ?? NONE;
}
