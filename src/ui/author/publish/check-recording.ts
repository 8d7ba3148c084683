import { audioKind, PACK_LIMITS, type AudioKind } from '../../../export/packs';

/** A recording the author attached to a patient line, checked as the trainee app will check it. */
export interface AttachedClip {
  /** The recording's file name, as picked: untrusted text, shown only as text. */
  name: string;
  bytes: Uint8Array;
  /** What the bytes say it is; the pack names the file by this, not by the picked name. */
  kind: AudioKind;
}

export type RecordingCheck = { ok: true; clip: AttachedClip } | { ok: false; problem: string };

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

/**
 * A picked file → a clip the pack can carry, or why not in plain words. The
 * same checks the trainee app makes on a pack's clips (its header says MP3,
 * Ogg or WAV; at most the pack's clip size), made here so a bad file is
 * refused when it is picked, not when the pack is published.
 */
export async function checkRecording(file: File): Promise<RecordingCheck> {
  if (file.size > PACK_LIMITS.maxClipBytes) {
    return {
      ok: false,
      problem: `“${file.name}” is ${megabytes(file.size)}; a recording may be at most ${megabytes(PACK_LIMITS.maxClipBytes)}. Shorten it or save it at a lower quality.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = audioKind(bytes);
  if (kind === null) {
    return {
      ok: false,
      problem: `“${file.name}” is not an MP3, Ogg or WAV sound file (its contents were checked, not its name). Save or export the recording in one of those formats.`,
    };
  }
  return { ok: true, clip: { name: file.name, bytes, kind } };
}
