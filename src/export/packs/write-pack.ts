import { strToU8, zipSync, type Zippable } from 'fflate';
import { MANIFEST_NAME, PACK_FORMAT, PACK_FORMAT_VERSION, type PackManifest } from './pack-format';

export interface PackScenarioInput {
  id: string;
  /** The YAML as checked, exactly. */
  source: string;
  /** The content hash the checker gave it. */
  contentHash: string;
  /** Voice clips: patient line id → audio bytes (MP3, Ogg or WAV). */
  clips?: ReadonlyMap<string, { bytes: Uint8Array; extension: 'mp3' | 'ogg' | 'wav' }>;
}

/** The checked scenarios → a pack file's bytes. The caller checks first: publishing never skips the checker. */
export function writePack(scenarios: readonly PackScenarioInput[], checkerVersion: string, publishedAt: Date): Uint8Array {
  const files: Zippable = {};
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    checkerVersion,
    publishedAt: publishedAt.toISOString(),
    scenarios: scenarios.map((scenario) => {
      const file = `scenarios/${scenario.id}.scenario.yaml`;
      files[file] = strToU8(scenario.source);
      const clips = [...(scenario.clips ?? [])].map(([line, clip], index) => {
        // Numbered, not named by line id: ids may hold characters a pack path does not allow.
        const clipFile = `audio/${scenario.id}/${index + 1}.${clip.extension}`;
        // Sound is already compressed: stored, not deflated again.
        files[clipFile] = [clip.bytes, { level: 0 }];
        return { line, file: clipFile };
      });
      return { id: scenario.id, file, contentHash: scenario.contentHash, ...(clips.length > 0 ? { clips } : {}) };
    }),
  };
  files[MANIFEST_NAME] = strToU8(JSON.stringify(manifest, null, 2));
  return zipSync(files, { level: 6, mtime: publishedAt });
}
