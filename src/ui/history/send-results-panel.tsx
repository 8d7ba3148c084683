import { useId } from 'react';
import { SendResultsButton } from './send-results-button';

/** History's section for handing results to an instructor when the program has no Learning Record Store. */
export function SendResultsPanel() {
  const headingId = useId();
  return (
    <section className="panel send-results-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Send results to your instructor</h2>
      <p className="muted">
        One file with every attempt you made under this name, each with its conversation, so your instructor’s dashboard can score it again.
        If your program collects results automatically (through its learning system or a Learning Record Store), you do not need this.
      </p>
      <SendResultsButton />
    </section>
  );
}
