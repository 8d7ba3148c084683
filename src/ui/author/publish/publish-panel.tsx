import { useId, useState } from 'react';
import type { Scenario } from '../../../engine/trainee';
import { downloadFile } from '../../common/download-file';
import type { DraftRecord } from '../drafts/drafts-port';
import type { PublishFile } from './build-pack';
import { useAttachedClips } from './use-attached-clips';
import { useDraftScenarios } from './use-draft-scenarios';
import { VoiceClipsSection } from './voice-clips-section';

interface Props {
  /** The file open in the editor, as it is now. */
  open: PublishFile;
  /** The open file's scenario from the page's checker; null while it has errors. */
  openScenario: Scenario | null;
  /** Other scenario drafts saved on this browser, which may go in the same pack. */
  drafts: readonly DraftRecord[];
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string; titles: string[]; namedAudio: string[] }
  | { kind: 'failed'; problems: string[] };

/**
 * "Publish": one or more checked scenarios as a pack file that trainees add
 * in the app (Add scenarios). Nothing with an error is published.
 */
export function PublishPanel({ open, openScenario, drafts }: Props) {
  const id = useId();
  const others = drafts.filter((draft) => draft.fileName !== open.fileName);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const ticked = others.filter((draft) => chosen.has(draft.fileName));
  const draftScenarios = useDraftScenarios(ticked);
  const { clipsOf, change, withClips } = useAttachedClips();

  const toggle = (fileName: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(fileName);
      else next.delete(fileName);
      return next;
    });

  const publish = async () => {
    setStatus({ kind: 'working' });
    try {
      const { buildPack } = await import('./build-pack');
      // A macrotask later, so "Checking…" is on screen while the checker runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const built = buildPack([open, ...ticked].map(withClips));
      if (!built.ok) return setStatus({ kind: 'failed', problems: built.problems });
      downloadFile(built.fileName, built.bytes, 'application/zip');
      setStatus({ kind: 'done', fileName: built.fileName, titles: built.titles, namedAudio: built.namedAudio });
    } catch {
      setStatus({
        kind: 'failed',
        problems: ['The pack could not be made: part of the Author page did not load. Reload the page and try again.'],
      });
    }
  };

  return (
    <div className="author-publish">
      <p>
        A pack is one file holding checked scenarios. Put it on your program’s site or send it; trainees add it on the app’s Add scenarios
        page. It holds <strong>{open.fileName}</strong>
        {others.length > 0 ? ', and any drafts you tick:' : '.'}
      </p>
      <p className="muted">
        Voices are optional. Attach a recording (MP3, Ogg or WAV, at most 2 MB) to any of the patient’s lines below; lines without one are
        shown as captions, and read aloud for trainees who turn that on in Settings. Recordings stay only while this page is open: after a
        reload, attach them again.
      </p>
      {others.length > 0 && (
        <fieldset className="author-publish-drafts">
          <legend>Other drafts on this browser</legend>
          {others.map((draft) => (
            <div key={draft.id}>
              <input
                id={`${id}-${draft.id}`}
                type="checkbox"
                checked={chosen.has(draft.fileName)}
                onChange={(event) => toggle(draft.fileName, event.target.checked)}
              />
              <label htmlFor={`${id}-${draft.id}`}>{draft.fileName}</label>
            </div>
          ))}
        </fieldset>
      )}
      {[
        { file: open, scenario: openScenario },
        ...ticked.map((file) => ({ file, scenario: draftScenarios.get(file.fileName) ?? null })),
      ].map(({ file, scenario }) => (
        <VoiceClipsSection
          key={file.fileName}
          fileName={file.fileName}
          scenario={scenario}
          clips={clipsOf(file.fileName)}
          onChange={(line, clip) => change(file.fileName, line, clip)}
        />
      ))}
      <button type="button" className="button button-primary" disabled={status.kind === 'working'} onClick={() => void publish()}>
        Publish a pack
      </button>
      <div role="status" aria-live="polite">
        {status.kind === 'working' && <p>Checking the scenarios…</p>}
        {status.kind === 'done' && (
          <p>
            Downloaded {status.fileName} with {status.titles.map((title) => `“${title}”`).join(', ')}.
          </p>
        )}
        {status.kind === 'done' && status.namedAudio.length > 0 && (
          <p>
            {status.namedAudio.join(', ')} {status.namedAudio.length === 1 ? 'names' : 'name'} sound files of this app (<code>audio:</code>
            ). The pack does not carry them: trainees hear them only where the app they use has those files, and read the line otherwise.
          </p>
        )}
      </div>
      {status.kind === 'failed' && (
        <div role="alert">
          <p>Nothing was published:</p>
          <ul>
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
