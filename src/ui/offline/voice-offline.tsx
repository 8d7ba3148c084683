import './offline.css';
import { useEffect, useState, type ReactNode } from 'react';
import { VOICE_CACHE, VOICE_CACHE_MAX_BYTES, voiceClips } from 'virtual:scenario-voice';
import { formatBytes, missingClips, storeClips } from './voice-clip-cache';

type Status =
  | { kind: 'checking' }
  | { kind: 'missing'; bytes: number }
  | { kind: 'saving'; stored: number; total: number }
  | { kind: 'saved' }
  | { kind: 'failed'; bytes: number };

/**
 * "Make this scenario available offline" for a scenario with recorded voice
 * clips (the app itself, every scenario's text included, is stored on the
 * first visit; clips are otherwise stored as they are first played). Shows
 * the download's size, its progress and the result; nothing for a scenario
 * without clips.
 */
export default function VoiceOffline({ scenarioId, title }: { scenarioId: string; title: string }): ReactNode {
  const clips = voiceClips[scenarioId];
  const [status, setStatus] = useState<Status>({ kind: 'checking' });

  useEffect(() => {
    if (!clips) return;
    let live = true;
    missingClips(VOICE_CACHE, clips).then(
      (missing) => live && setStatus(missing.length === 0 ? { kind: 'saved' } : { kind: 'missing', bytes: sum(missing) }),
      () => live && setStatus({ kind: 'missing', bytes: sum(clips) }),
    );
    return () => {
      live = false;
    };
  }, [clips]);

  if (!clips || status.kind === 'checking') return null;
  const total = sum(clips);
  if (total > VOICE_CACHE_MAX_BYTES) return null;

  const save = async () => {
    const missing = await missingClips(VOICE_CACHE, clips);
    const bytes = sum(missing);
    setStatus({ kind: 'saving', stored: 0, total: bytes });
    try {
      await storeClips(VOICE_CACHE, missing, (stored) => setStatus({ kind: 'saving', stored, total: bytes }));
      setStatus({ kind: 'saved' });
    } catch (error) {
      console.warn('Voice clips could not be stored', error);
      setStatus({ kind: 'failed', bytes: sum(await missingClips(VOICE_CACHE, clips).catch(() => clips)) });
    }
  };

  return (
    <span className="voice-offline" aria-live="polite">
      {status.kind === 'saved' && <span className="muted">Voice clips available offline ({formatBytes(total)})</span>}
      {status.kind === 'saving' && (
        <>
          <progress max={status.total} value={status.stored} aria-label={`Storing the voice clips of ${title}`} />
          <span className="muted">
            {formatBytes(status.stored)} of {formatBytes(status.total)}
          </span>
        </>
      )}
      {(status.kind === 'missing' || status.kind === 'failed') && (
        <>
          <button type="button" className="button button-small" onClick={() => void save()}>
            Make this scenario available offline ({formatBytes(status.bytes)})<span className="visually-hidden">: {title}</span>
          </button>
          {status.kind === 'failed' && (
            <span className="muted">Some clips could not be downloaded. Check the connection and try again.</span>
          )}
        </>
      )}
    </span>
  );
}

const sum = (clips: readonly { bytes: number }[]) => clips.reduce((total, clip) => total + clip.bytes, 0);
