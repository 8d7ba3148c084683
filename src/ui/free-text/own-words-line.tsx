import type { StoredTranscriptEntry } from '../../storage/storage.types';
import { codeNoun } from './describe-reading';

/** On a decision card: what the trainee typed, how it was read, and whether they changed the closest option. */
export function OwnWordsLine({ entry, closestText }: { entry: StoredTranscriptEntry; closestText: string | null }) {
  const answer = entry.freeText;
  if (!answer) return null;
  const codes = answer.codes.map((found) => codeNoun(found.code)).join(', ');
  return (
    <div className="decision-own-words">
      <p className="decision-line">
        <span className="decision-speaker">Your words:</span>{' '}
        {answer.words !== undefined ? `“${answer.words}”` : <em>not kept (your program’s setting)</em>}
      </p>
      <p className="muted">
        Read as {[answer.kind, answer.behaviour].filter(Boolean).join(' ')}
        {codes && `, with ${codes}`}.{' '}
        {answer.overridden
          ? `You changed the reader’s closest option${closestText ? ` (“${closestText}”)` : ''} to the one below.`
          : 'The conversation went on through the closest option, below.'}
      </p>
    </div>
  );
}
