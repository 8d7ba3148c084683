import { useCallback, useState } from 'react';
import type { PublishFile } from './build-pack';
import type { AttachedClip } from './check-recording';

/** Scenario file name → patient line id → the recording attached to it. */
export type AttachedClips = ReadonlyMap<string, ReadonlyMap<string, AttachedClip>>;

const NONE: ReadonlyMap<string, AttachedClip> = new Map();

/**
 * The recordings attached on this page, per scenario file, held in memory
 * only: the page says they must be attached again after a reload. Keyed by
 * file name, so a file's recordings stay with it while another file is open.
 */
export function useAttachedClips() {
  const [clips, setClips] = useState<AttachedClips>(new Map());

  const change = useCallback((fileName: string, line: string, clip: AttachedClip | null) => {
    setClips((before) => {
      const lines = new Map(before.get(fileName) ?? NONE);
      if (clip) lines.set(line, clip);
      else lines.delete(line);
      return new Map(before).set(fileName, lines);
    });
  }, []);

  const clipsOf = useCallback((fileName: string) => clips.get(fileName) ?? NONE, [clips]);

  /** The file as buildPack takes it, carrying its recordings (a file without any carries none). */
  const withClips = useCallback(
    (file: PublishFile): PublishFile => {
      const lines = clips.get(file.fileName);
      if (!lines || lines.size === 0) return file;
      return { ...file, clips: new Map([...lines].map(([line, clip]) => [line, { bytes: clip.bytes, extension: clip.kind }])) };
    },
    [clips],
  );

  return { clipsOf, change, withClips };
}
