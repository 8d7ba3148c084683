import { codeById } from '../../engine/trainee';

const DIRECTION_WORDS = {
  building: 'Builds the alliance',
  damaging: 'Damages the alliance',
  context: 'Depends on the moment',
} as const;

/** A decision's behaviour codes by their rubric names; each opens to its definition. */
export function CodeChips({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return <p className="muted">No rubric behaviour.</p>;
  return (
    <ul className="code-chips" aria-label="Behaviour codes">
      {codes.map((id) => {
        const code = codeById(id);
        return (
          <li key={id}>
            <details className={`code-chip code-${code?.direction ?? 'unknown'}`}>
              <summary>
                <span className="code-glyph" aria-hidden="true">
                  {code?.direction === 'building' ? '+' : code?.direction === 'damaging' ? '\u2212' : '\u00b1'}
                </span>
                {code ? `${code.name} (${id})` : id}
              </summary>
              {code && (
                <div className="code-definition">
                  <p>
                    <strong>{DIRECTION_WORDS[code.direction]}.</strong> {code.definition}
                  </p>
                  <p className="muted">Example: {code.example}</p>
                </div>
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
