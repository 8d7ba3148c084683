import { useId, useRef } from 'react';
import { useModalFocus } from './use-modal-focus';
import { CONFIDENCE_TEXT, type EvidenceItem } from './load-evidence';

interface Props {
  id: string;
  /** Undefined while the evidence base loads, or if the id is unknown. */
  entry: EvidenceItem | undefined;
  loading: boolean;
  onClose: () => void;
}

const safeUrl = (url: string | undefined) => (url && /^https:\/\//.test(url) ? url : null);

/** One cited evidence entry: title, our statement of it, the citation and how sure we are. */
export function EvidenceDialog({ id, entry, loading, onClose }: Props) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useModalFocus(ref, onClose);
  const url = safeUrl(entry?.url);
  return (
    <div className="dialog-backdrop">
      <div ref={ref} className="dialog panel evidence-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{entry?.title ?? (loading ? 'Loading the evidence…' : `Evidence “${id}”`)}</h2>
        {entry ? (
          <>
            <p>{entry.statement}</p>
            <dl className="evidence-facts">
              <dt>Source</dt>
              <dd>{entry.citation}</dd>
              {entry.kind && (
                <>
                  <dt>Kind</dt>
                  <dd>{entry.kind.replace(/-/g, ' ')}</dd>
                </>
              )}
              <dt>Confidence</dt>
              <dd>{CONFIDENCE_TEXT[entry.confidence] ?? entry.confidence}</dd>
            </dl>
            {url && (
              <p>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  Open the source<span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </p>
            )}
          </>
        ) : (
          !loading && <p>This evidence entry could not be found in this build.</p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
