import { OUTCOME_CLASSES } from '../../engine/trainee';
import type { AttemptResult, ChoiceStats, CohortAttempt, CohortSummary, NodeStats } from './cohort.types';

interface ChoiceTally {
  count: number;
  codes: string[];
  results: Record<AttemptResult, number>;
}

interface NodeTally {
  firstTurn: number;
  responses: number;
  choices: Map<string, ChoiceTally>;
}

const emptyResults = (): Record<AttemptResult, number> => {
  const results = { unfinished: 0 } as Record<AttemptResult, number>;
  for (const outcome of OUTCOME_CLASSES) results[outcome] = 0;
  return results;
};

/**
 * Item analysis: for every decision point (scenario × node), how often each
 * response was chosen, its behaviour codes, and how the attempts that chose it
 * ended. An instructor reads it like a test's distractor analysis.
 */
export function createItemTally() {
  const scenarios = new Map<string, Map<string, NodeTally>>();

  return {
    add(attempt: CohortAttempt, result: AttemptResult): void {
      let nodes = scenarios.get(attempt.scenarioId);
      if (!nodes) {
        nodes = new Map();
        scenarios.set(attempt.scenarioId, nodes);
      }
      const decisions = attempt.decisions;
      for (let turn = 0; turn < decisions.length; turn += 1) {
        const decision = decisions[turn]!;
        let node = nodes.get(decision.nodeId);
        if (!node) {
          node = { firstTurn: turn, responses: 0, choices: new Map() };
          nodes.set(decision.nodeId, node);
        } else if (turn < node.firstTurn) node.firstTurn = turn;
        node.responses += 1;
        let choice = node.choices.get(decision.choiceId);
        if (!choice) {
          choice = { count: 0, codes: [...decision.codes], results: emptyResults() };
          node.choices.set(decision.choiceId, choice);
        }
        choice.count += 1;
        choice.results[result] += 1;
      }
    },

    summary(order: { id: string; title: string }[]): CohortSummary['items'] {
      return order.map(({ id, title }) => {
        const nodes = [...(scenarios.get(id) ?? new Map<string, NodeTally>())].map(
          ([nodeId, node]): NodeStats => ({
            nodeId,
            firstTurn: node.firstTurn,
            responses: node.responses,
            choices: [...node.choices]
              .map(
                ([choiceId, choice]): ChoiceStats => ({
                  choiceId,
                  count: choice.count,
                  share: choice.count / node.responses,
                  codes: choice.codes,
                  results: choice.results,
                }),
              )
              .sort((a, b) => a.choiceId.localeCompare(b.choiceId)),
          }),
        );
        nodes.sort((a, b) => a.firstTurn - b.firstTurn || a.nodeId.localeCompare(b.nodeId));
        return { scenarioId: id, title, nodes };
      });
    },
  };
}
