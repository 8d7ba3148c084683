import { Compiler } from 'inkjs/full';
import { compileScenario } from '../engine/trainee';
import { generateInk, generateScenario, generateScenarioYaml } from './generate-scenarios';

/** Everything the measures need at one size, built once and shared. */
export interface BenchFixture {
  nodes: number;
  yaml: string;
  ink: string;
  /** The ink story compiled by inkjs, as JSON text (what `new Story` loads). */
  inkJson: string;
  /** The compiled scenario as JSON text (what the trainee's browser loads). */
  compiledJson: string;
}

const fixtures = new Map<number, BenchFixture>();

export function benchFixture(nodes: number): BenchFixture {
  let fixture = fixtures.get(nodes);
  if (!fixture) {
    const ink = generateInk(nodes);
    const compiler = new Compiler(ink);
    const story = compiler.Compile();
    if (compiler.errors.length > 0) throw new Error(`ink compile failed: ${compiler.errors.join('\n')}`);
    fixture = {
      nodes,
      yaml: generateScenarioYaml(nodes),
      ink,
      inkJson: story.ToJson() ?? '',
      compiledJson: JSON.stringify(compileScenario(generateScenario(nodes))),
    };
    fixtures.set(nodes, fixture);
  }
  return fixture;
}
