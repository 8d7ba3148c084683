import { useEffect, useRef } from 'react';
import type { SessionView } from '../../engine/trainee';
import { OUTCOME_LABELS } from '../scenarios/labels';

interface Props {
  ending: NonNullable<SessionView['ending']>;
  saving: boolean;
}

/** Shown the moment the conversation ends, while the attempt is saved and the debrief opens. */
export function EndingPanel({ ending, saving }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // In the next frame: the ending is rendered at once (see usePlayState), and focusing
  // here would force its layout inside the same task as the last choice.
  useEffect(() => {
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <section className="ending panel" aria-labelledby="ending-title">
      <h2 id="ending-title" ref={heading} tabIndex={-1}>
        Debrief: {ending.title}
      </h2>
      <p className="ending-outcome">{OUTCOME_LABELS[ending.outcome]}</p>
      <p>{ending.text}</p>
      <p role="status" className="muted">
        {saving ? 'Scoring your conversation… The debrief opens when it is ready.' : ''}
      </p>
      {saving && <progress className="ending-progress" aria-label="Scoring your conversation" />}
      <p>
        <a href="#/">Back to the library</a>
      </p>
    </section>
  );
}
