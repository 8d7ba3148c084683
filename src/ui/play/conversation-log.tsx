import { useState } from 'react';
import { enterLine } from '../motion/enter-line';
import type { ConversationLine } from './build-conversation';

interface Props {
  lines: ConversationLine[];
  patientName: string;
}

/**
 * The conversation as a transcript: the patient on the left, the trainee on
 * the right. Lines already there when the screen opens appear at once; new
 * lines slide in (Web Animations, see enter-line.ts; instant under reduced motion).
 * Announcing them is the live region's job, not the list's.
 */
export function ConversationLog({ lines, patientName }: Props) {
  const [initialCount] = useState(lines.length);
  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <h2 id="conversation-title" className="visually-hidden">
        Conversation
      </h2>
      <ol className="conversation-log">
        {lines.map((line, index) => (
          <li
            key={line.key}
            className={`line line-${line.speaker}${line.silent ? ' line-silent' : ''}${index >= initialCount ? ' line-new' : ''}`}
            ref={index >= initialCount ? (element) => void (element && enterLine(element)) : undefined}
          >
            <p className="line-speaker">{line.speaker === 'patient' ? patientName : 'You'}</p>
            {line.nonverbal && <p className="line-nonverbal">{line.nonverbal}</p>}
            <p className="line-text">{line.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
