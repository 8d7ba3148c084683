import type { CompiledScenario } from '../scenarios/engine';

/**
 * The read-only walk of a Review launch: every step of the conversation in
 * the author's order, grouped by phase, with the responses it offers and the
 * ways it can end. Nothing here can be chosen, so nothing is recorded.
 */
export function ConversationScript({ scenario }: { scenario: CompiledScenario['scenario'] }) {
  const patient = scenario.persona.name;
  return (
    <section className="panel review-script" aria-labelledby="review-script-heading">
      <h2 id="review-script-heading">Look through the conversation</h2>
      <p>Each step of the conversation in order, with the responses it offers. You cannot choose here, so nothing is recorded.</p>
      {scenario.phases.map((phase) => {
        const nodes = scenario.nodes.filter((node) => node.phase === phase.id);
        if (nodes.length === 0) return null;
        return (
          <section key={phase.id}>
            <h3>{phase.title}</h3>
            <ol>
              {nodes.map((node) => (
                <li key={node.id}>
                  <p>
                    <strong>{patient}:</strong> {node.patient.text}
                    {node.patient.nonverbal ? ` (${node.patient.nonverbal})` : ''}
                  </p>
                  <p>Responses offered:</p>
                  <ul>
                    {node.choices.map((choice) => (
                      <li key={choice.id}>{choice.text}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <h3>How it can end</h3>
      <ul>
        {scenario.endings.map((ending) => (
          <li key={ending.id}>
            <strong>{ending.title}:</strong> {ending.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
