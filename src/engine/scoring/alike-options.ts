import type { Diagnostic } from '../format/diagnostic.types';
import type { Scenario } from '../format/scenario.types';

/**
 * SCN140: two options at one decision carry the same codes. In free-text mode
 * a typed response is routed to the option whose codes it shows; options
 * coded alike can then only be told apart by their wording, which is a weak
 * signal for how a trainee phrases things. (SCN113 covers the case where
 * every option is coded alike, which matters for the score as well.)
 */
export function alikeOptionFindings(scenario: Scenario): Array<{ message: string; path: Diagnostic['path'] }> {
  const key = (codes: readonly string[]) => [...new Set(codes)].sort().join(',');
  return scenario.nodes.flatMap((node, nodeIndex) => {
    if (node.choices.length < 2) return [];
    const keys = node.choices.map((choice) => key(choice.codes));
    if (keys.every((k) => k === keys[0])) return []; // SCN113's case.
    const second = keys.findIndex((k, index) => keys.indexOf(k) !== index);
    if (second < 0) return [];
    const first = keys.indexOf(keys[second] as string);
    const codes = keys[second] ? `[${keys[second].split(',').join(', ')}]` : 'no codes';
    return [
      {
        message: `Choices "${node.choices[first]!.id}" and "${node.choices[second]!.id}" at "${node.id}" are both coded ${codes}; in free-text mode a typed response that shows those codes matches both equally, and only their wording would separate them.`,
        path: ['nodes', nodeIndex, 'choices', second] as Diagnostic['path'],
      },
    ];
  });
}
