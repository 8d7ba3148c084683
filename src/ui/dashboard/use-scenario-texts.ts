import { useEffect, useState } from 'react';
import { useScenarioSource } from '../scenarios/scenario-source';
import { textsOf, type ScenarioTexts } from './decision-names';

/**
 * Loads the wording of the scenarios this build ships, so the item analysis
 * can name decision points by phase and patient line, and responses by their
 * words, rather than "opening-1" and "choice a". Scenarios the build does
 * not know (files from another version, synthetic cohorts) keep their ids.
 */
export function useScenarioTexts(scenarioIds: readonly string[]): ReadonlyMap<string, ScenarioTexts> {
  const { catalog, loadScenario } = useScenarioSource();
  const [texts, setTexts] = useState<ReadonlyMap<string, ScenarioTexts>>(new Map());
  const key = scenarioIds.join('\n');

  useEffect(() => {
    let cancelled = false;
    const known = key.split('\n').filter((id) => catalog.some((entry) => entry.id === id));
    Promise.all(
      known.map((id) =>
        loadScenario(id).then(
          (compiled) => [id, textsOf(compiled.scenario)] as const,
          () => null,
        ),
      ),
    ).then((loaded) => {
      if (!cancelled) setTexts(new Map(loaded.filter((entry) => entry !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [key, catalog, loadScenario]);

  return texts;
}
