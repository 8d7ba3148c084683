import { useMemo, useState } from 'react';
import type { Scenario } from '../../../engine/trainee';
import type { AttachedClip } from './check-recording';
import { patientLinesOf } from './patient-lines';
import { RecordingRow } from './recording-row';

interface Props {
  fileName: string;
  /** The file's checked scenario; null while it has errors (or is being checked). */
  scenario: Scenario | null;
  clips: ReadonlyMap<string, AttachedClip>;
  onChange: (line: string, clip: AttachedClip | null) => void;
}

/**
 * The patient's lines of one scenario file, each with its recording or a way
 * to add one. Recordings for lines the file no longer has (an id was renamed)
 * are listed to be removed: the pack would refuse them.
 */
export function VoiceClipsSection({ fileName, scenario, clips, onChange }: Props) {
  // Rows are drawn only while the section is open: a 1,000-node file would otherwise redraw them on every check as the author types.
  const [open, setOpen] = useState(false);
  const lines = useMemo(() => (scenario ? patientLinesOf(scenario) : []), [scenario]);
  const ids = new Set(lines.map((line) => line.id));
  const stray = [...clips].filter(([line]) => !ids.has(line));
  const recorded = lines.filter((line) => clips.has(line.id)).length;
  return (
    <details className="author-voices" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Voice recordings for {fileName}
        {scenario && ` (${recorded} of ${lines.length} lines)`}
      </summary>
      {!scenario && <p>The patient’s lines are listed here once {fileName} has no errors.</p>}
      {open && lines.length > 0 && (
        <ol className="author-voice-lines">
          {lines.map((line) => (
            <RecordingRow key={line.id} line={line} clip={clips.get(line.id) ?? null} onChange={(clip) => onChange(line.id, clip)} />
          ))}
        </ol>
      )}
      {scenario && stray.length > 0 && (
        <div className="author-voice-stray">
          <p>Recordings for lines {fileName} no longer has. Remove them, or give the lines their ids back, to publish:</p>
          <ul>
            {stray.map(([line, clip]) => (
              <li key={line}>
                <code>{line}</code>: {clip.name}{' '}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Remove the recording for ${line}`}
                  onClick={() => onChange(line, null)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
