import { useEffect, useState } from 'react';
import type { VoiceFormat } from '../audio/audio-port';
import { useAppData } from '../data/app-data-context';

/** A pack's clip of one patient line, as an object URL of its stored bytes. */
export interface PackVoice {
  url: string;
  format: VoiceFormat;
}

/** Patient line (node or ending id) → its clip. */
export type PackVoices = ReadonlyMap<string, PackVoice>;

const NONE: PackVoices = new Map();

const MIME: Record<VoiceFormat, string> = { mp3: 'audio/mpeg', ogg: 'audio/ogg', wav: 'audio/wav' };

/**
 * The voice clips a pack brought for this scenario version, made into object
 * URLs from the bytes kept in IndexedDB (so they play offline); null while
 * they are being read. Empty for built-in scenarios (whose clips are the
 * app's own files) and for packs without voices. The URLs are revoked when
 * the screen closes or the version changes, so no clip outlives its screen.
 */
export function usePackVoices(contentHash: string): PackVoices | null {
  const { store } = useAppData();
  const [read, setRead] = useState<{ contentHash: string; voices: PackVoices } | null>(null);
  const packs = store?.packScenarios;

  useEffect(() => {
    if (!packs) return;
    let live = true;
    let made: PackVoice[] = [];
    packs.clips(contentHash).then(
      ({ records }) => {
        if (!live) return;
        const voices = new Map(
          records.map((clip) => {
            const blob = new Blob([clip.bytes as Uint8Array<ArrayBuffer>], { type: MIME[clip.kind] });
            return [clip.line, { url: URL.createObjectURL(blob), format: clip.kind }] as const;
          }),
        );
        made = [...voices.values()];
        setRead({ contentHash, voices });
      },
      // Unreadable (the store has said so): the lines are shown, as for any clip that cannot play.
      () => live && setRead({ contentHash, voices: NONE }),
    );
    return () => {
      live = false;
      made.forEach((voice) => URL.revokeObjectURL(voice.url));
    };
  }, [packs, contentHash]);

  if (!packs) return NONE;
  return read?.contentHash === contentHash ? read.voices : null;
}
