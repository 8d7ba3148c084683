import type { MitiIndicator } from '../../engine/trainee';
import type { StoredTranscriptEntry } from '../../storage/storage.types';
import { ownWordsMiti } from './own-words-miti';

const ratio = (value: number | null) => (value === null ? 'none (no questions)' : `${value}:1`);
const percent = (value: number | null) => (value === null ? 'none (no reflections)' : `${value}%`);

/**
 * Free-text mode in the debrief: MITI indicators counted from the trainee's
 * own words beside those of the options they went on through. Closed until
 * asked for, to keep the debrief compact; nothing when no decision was typed.
 */
export function OwnWordsPanel({
  transcript,
  chosen,
}: {
  transcript: readonly StoredTranscriptEntry[];
  chosen: readonly MitiIndicator[] | null;
}) {
  const typed = transcript.flatMap((entry) => (entry.freeText ? [entry.freeText] : []));
  if (typed.length === 0) return null;
  const own = ownWordsMiti(typed);
  const fromOptions = new Map(chosen?.map((indicator) => [indicator.id, indicator.value]));
  const overridden = typed.filter((answer) => answer.overridden).length;
  return (
    <section className="panel debrief-compact" aria-labelledby="own-words-title">
      <details className="debrief-more debrief-section-disclosure">
        <summary>
          <h2 id="own-words-title">Your own words</h2>
        </summary>
        <p className="muted">
          You typed {typed.length} of {transcript.length} responses; you changed the reader’s closest option {overridden}{' '}
          {overridden === 1 ? 'time' : 'times'}. Your words are beside each decision below. The score follows the options the conversation
          went on through.
        </p>
        <table className="own-words-miti">
          <caption>MITI indicators: your own words and the options chosen</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Your words</th>
              <th scope="col">Options chosen</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Reflections for each question</th>
              <td>{ratio(own.reflectionToQuestion)}</td>
              <td>{chosen ? ratio(fromOptions.get('reflectionToQuestion') ?? null) : 'not scored'}</td>
            </tr>
            <tr>
              <th scope="row">Share of reflections that were complex</th>
              <td>{percent(own.percentComplexReflections)}</td>
              <td>{chosen ? percent(fromOptions.get('percentComplexReflections') ?? null) : 'not scored'}</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">Your words were read by the response coder, which reads one response at a time and can be wrong.</p>
      </details>
    </section>
  );
}
