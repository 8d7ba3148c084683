/**
 * A scenario pack: one zip an instructor publishes from the Author page and a
 * trainee adds in the app. `pack.json` at the root lists the scenarios; the
 * YAML files and any voice clips sit beside it. Packs come from outside, so
 * every limit below is checked before anything is kept.
 */
export const PACK_FORMAT = 'common-ground-pack';
export const PACK_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'pack.json';
export const PACK_FILE_SUFFIX = '.cgpack.zip';

/** Design choices, sized well above the shipped library (8 scenarios, about 3 MB with clips). */
export const PACK_LIMITS = {
  /** The pack file as downloaded or picked. */
  maxPackBytes: 20_000_000,
  maxScenarios: 50,
  /** Files in the zip: the manifest, each scenario and its clips. */
  maxEntries: 2_000,
  /** Every file unpacked, together. */
  maxUnpackedBytes: 40_000_000,
  /** One scenario file unpacked: the checker's own limit (MAX_SOURCE_CHARS) in UTF-8's worst case is larger; this is the pack's. */
  maxScenarioBytes: 2_000_000,
  maxManifestBytes: 200_000,
  maxClipBytes: 2_000_000,
  /** Unpacked size ÷ packed size of one file; text compresses about 5–10×, so 100× is a zip bomb. */
  maxCompressionRatio: 100,
} as const;

export interface PackClip {
  /** The patient line (node or ending id) the clip speaks. */
  line: string;
  /** Path inside the pack, under `audio/`. */
  file: string;
}

export interface PackManifestScenario {
  id: string;
  /** Path inside the pack, under `scenarios/`. */
  file: string;
  /** The content hash the instructor's checker gave the scenario; the app re-checks and compares. */
  contentHash: string;
  clips?: PackClip[];
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  /** The version of the checker (scenario schema and compiled form) that published it. */
  checkerVersion: string;
  /** When it was published (ISO 8601), for the library's "added from" line. */
  publishedAt: string;
  scenarios: PackManifestScenario[];
}

/** A pack's files, read and bounded but not yet checked as scenarios. */
export interface ReadPack {
  manifest: PackManifest;
  /** Scenario id → its YAML source. */
  sources: Map<string, string>;
  /** Pack path → clip bytes (each has passed the audio header check). */
  clips: Map<string, Uint8Array>;
}

/** A reason a pack was turned away, in plain words. */
export type PackResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };
