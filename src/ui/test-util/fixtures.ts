import { backPainScenario } from '../../engine/testing';
import { compileScenario, toCatalogEntry, type Scenario } from '../../engine/trainee';
import type { CompiledScenario } from '../scenarios/engine';
import type { ScenarioSource } from '../scenarios/scenario-source';

/** A ScenarioSource over compiled fixtures. */
export function fakeSource(scenarios: Scenario[] = [backPainScenario()]): ScenarioSource & { compiled: CompiledScenario[] } {
  const compiled = scenarios.map((scenario) => compileScenario(scenario));
  return {
    compiled,
    catalog: compiled.map(toCatalogEntry),
    loadScenario: async (id) => {
      const found = compiled.find((c) => c.scenario.id === id);
      if (!found) throw new Error(`No scenario "${id}"`);
      return found;
    },
  };
}
