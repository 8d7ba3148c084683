import { useMemo } from 'react';
import type { PackClipRecord } from '../../storage/storage.types';
import type { VoiceFormat } from '../audio/audio-port';
import { useAppData } from '../data/app-data-context';
import { useLoaded, type Loaded } from '../data/use-loaded';

/** A pack's clip of one patient line, as an object URL of its stored bytes. */
export interface PackVoice {
  url: string;
  format: VoiceFormat;
}

/** Patient line (node or ending id) → its clip. */
export type PackVoices = ReadonlyMap<string, PackVoice>;

type PackVoicesRead = Loaded<PackVoices> & { reload: () => void };

const NONE: PackVoices = new Map();
const NO_PACKS: PackVoicesRead = { status: 'ready', data: NONE, error: null, reload: () => {} };
const SWITCHING: PackVoicesRead = { status: 'loading', data: null, error: null, reload: () => {} };

const MIME: Record<VoiceFormat, string> = { mp3: 'audio/mpeg', ogg: 'audio/ogg', wav: 'audio/wav' };

function voicesOf(records: readonly PackClipRecord[]): PackVoices {
  return new Map(
    records.map((clip) => {
      const blob = new Blob([clip.bytes as Uint8Array<ArrayBuffer>], { type: MIME[clip.kind] });
      return [clip.line, { url: URL.createObjectURL(blob), format: clip.kind }] as const;
    }),
  );
}

const revoke = ({ voices }: { voices: PackVoices }) => voices.forEach((voice) => URL.revokeObjectURL(voice.url));

/**
 * The voice clips a pack brought for this scenario version, made into object
 * URLs from the bytes kept in IndexedDB (so they play offline); loading while
 * they are being read, failed (saying why) if they cannot be. Empty for
 * built-in scenarios (whose clips are the app's own files) and for packs
 * without voices. The URLs are revoked when the screen closes or the version
 * changes, so no clip outlives its screen.
 */
export function usePackVoices(contentHash: string): PackVoicesRead {
  const { store } = useAppData();
  const packs = store?.packScenarios;
  const load = useMemo(
    () => (packs ? () => packs.clips(contentHash).then(({ records }) => ({ contentHash, voices: voicesOf(records) })) : null),
    [packs, contentHash],
  );
  const read = useLoaded(load, { release: revoke });
  // Kept apart from the read, which holds on to the last version's (revoked) clips until this one's arrive.
  const { status, data, error, reload } = read;
  const current = data?.contentHash === contentHash ? data.voices : null;
  return useMemo(() => {
    if (!packs) return NO_PACKS;
    // Unreadable: the lines are shown (and spoken), as for any clip that cannot play; the screen says why.
    if (status === 'failed') return { status, data: null, error, reload };
    if (current === null) return SWITCHING;
    return { status: 'ready', data: current, error: null, reload };
  }, [packs, status, current, error, reload]);
}
