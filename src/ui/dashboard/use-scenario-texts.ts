import { useEffect, useState } from 'react';
import type { Scenario } from '../../engine/trainee';
import { useScenarioSource } from '../scenarios/scenario-source';

/** What the patient said at each node and what each response said, for the item analysis. */
export interface ScenarioTexts {
  prompts: Map<string, string>;
  /** Keyed `${nodeId}/${choiceId}`. */
  choices: Map<string, string>;
}

function textsOf(scenario: Scenario): ScenarioTexts {
  const prompts = new Map<string, string>();
  const choices = new Map<string, string>();
  for (const node of scenario.nodes) {
    prompts.set(node.id, node.patient.text);
    for (const choice of node.choices) choices.set(`${node.id}/${choice.id}`, choice.text);
  }
  return { prompts, choices };
}

/**
 * Loads the wording of the scenarios this build ships, so the item analysis
 * can show "It sounds like…" rather than "choice a". Scenarios the build does
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
