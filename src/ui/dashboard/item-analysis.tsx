import { useId } from 'react';
import { ATTEMPT_RESULTS, type CohortSummary, type NodeStats } from '../../export/records';
import { decisionName, responseName, type ScenarioTexts } from './decision-names';
import { percent, RESULT_LABELS } from './labels';
import { useScenarioTexts } from './use-scenario-texts';

type Item = CohortSummary['items'][number];

function NodeTable({ node, texts }: { node: NodeStats; texts: ScenarioTexts | undefined }) {
  const { name, fullLine } = decisionName(texts, node.nodeId);
  return (
    // Focusable so keyboard users can scroll a wide or long table (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="dashboard-table-scroll" role="region" aria-label={name} tabIndex={0}>
      <table className="dashboard-table item-table">
        <caption>
          <span className="item-node-title">{name}</span> · {node.responses} responses
          {fullLine && <span className="item-prompt">Patient: “{fullLine}”</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">Response</th>
            <th scope="col">Codes</th>
            <th scope="col">Chosen</th>
            {ATTEMPT_RESULTS.map((result) => (
              <th scope="col" key={result}>
                {RESULT_LABELS[result]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {node.choices.map((choice) => (
            <tr key={choice.choiceId}>
              <th scope="row">{responseName(texts, node.nodeId, choice.choiceId)}</th>
              <td>{choice.codes.length > 0 ? choice.codes.join(', ') : '–'}</td>
              <td>
                <span className="item-share">
                  {choice.count} ({percent(choice.share)})
                </span>
                <span className="item-share-bar" aria-hidden="true">
                  <span style={{ width: percent(choice.share) }} />
                </span>
              </td>
              {ATTEMPT_RESULTS.map((result) => (
                <td key={result}>{choice.results[result]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScenarioItems({ item, texts, open }: { item: Item; texts: ScenarioTexts | undefined; open: boolean }) {
  return (
    <details className="item-scenario" open={open}>
      <summary>
        <span className="item-scenario-title">{item.title}</span>
        <span className="muted"> · {item.nodes.length} decision points</span>
      </summary>
      {item.nodes.map((node) => (
        <NodeTable key={node.nodeId} node={node} texts={texts} />
      ))}
    </details>
  );
}

/**
 * Item analysis, like a test's distractor analysis: at each decision point,
 * how often each response was chosen, what it is coded as, and how the
 * attempts that chose it ended.
 */
export function ItemAnalysis({ items }: { items: CohortSummary['items'] }) {
  const headingId = useId();
  const texts = useScenarioTexts(items.map((item) => item.scenarioId));
  return (
    <section className="panel dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Item analysis: each decision point</h2>
      <p className="muted">Outcome columns count the attempts that chose the response, by how that conversation ended.</p>
      {items.map((item, index) => (
        <ScenarioItems key={item.scenarioId} item={item} texts={texts.get(item.scenarioId)} open={index === 0} />
      ))}
    </section>
  );
}
