import { useEffect, useRef, useState } from 'react';
import { useAudio } from '../../audio/audio-context';
import { FilePickButton } from '../common/file-pick-button';
import type { AttachedClip } from './check-recording';
import type { PatientLineItem } from './patient-lines';

interface Props {
  line: PatientLineItem;
  clip: AttachedClip | null;
  onChange: (clip: AttachedClip | null) => void;
}

const MIME = { mp3: 'audio/mpeg', ogg: 'audio/ogg', wav: 'audio/wav' } as const;
const kilobytes = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });

/**
 * One patient line with its recording: "Add recording" (a real, focusable
 * file input behind its label), or the attached file's name and size with
 * Play and Remove. A file that is not sound, or too big, is refused here
 * with the reason, and nothing is attached.
 */
export function RecordingRow({ line, clip, onChange }: Props) {
  const audio = useAudio();
  const [problem, setProblem] = useState<string | null>(null);
  const url = useRef<string | null>(null);

  // The preview's object URL lives as long as this clip does.
  useEffect(
    () => () => {
      if (url.current) URL.revokeObjectURL(url.current);
      url.current = null;
    },
    [clip],
  );

  const attach = async (file: File | undefined) => {
    if (!file) return;
    try {
      // With the publishing code, which shares its chunk with the trainee app's pack reader.
      const { checkRecording } = await import('./build-pack');
      const checked = await checkRecording(file);
      setProblem(checked.ok ? null : checked.problem);
      if (checked.ok) onChange(checked.clip);
    } catch {
      setProblem('The recording could not be checked: part of the Author page did not load, or the file could not be read. Try again.');
    }
  };

  const play = (playing: AttachedClip) => {
    url.current ??= URL.createObjectURL(new Blob([playing.bytes as Uint8Array<ArrayBuffer>], { type: MIME[playing.kind] }));
    audio.playVoice(url.current, playing.kind);
  };

  return (
    <li className="author-voice-line">
      <p className="author-voice-where">
        {[line.phase, line.ending === null ? null : `ending “${line.ending}”`].filter((part) => part !== null).join(' · ')} ·{' '}
        <code>{line.id}</code>
      </p>
      <p className="author-voice-text">“{line.text}”</p>
      {clip ? (
        <div className="author-voice-clip">
          <span>
            {clip.name} ({clip.kind.toUpperCase()}, {kilobytes.format(Math.max(1, Math.round(clip.bytes.length / 1000)))})
          </span>
          <button type="button" className="button button-small" aria-label={`Play the recording for ${line.id}`} onClick={() => play(clip)}>
            Play
          </button>
          <button
            type="button"
            className="button button-small"
            aria-label={`Remove the recording for ${line.id}`}
            onClick={() => {
              audio.stopVoice();
              onChange(null);
            }}
          >
            Remove
          </button>
        </div>
      ) : (
        <div className="author-voice-clip">
          <FilePickButton accept="audio/*" className="button button-small" onPick={(file) => void attach(file)}>
            Add recording<span className="visually-hidden"> for {line.id}</span>
          </FilePickButton>
        </div>
      )}
      {problem && (
        <p role="alert" className="author-voice-problem">
          {problem}
        </p>
      )}
    </li>
  );
}
