import { canonicalJson } from '../../engine/trainee';
import type { AttemptRecord, Profile } from '../../storage/storage.types';
import { sha256Hex } from '../../storage/sha256';

export const EXPORT_KIND = 'common-ground-export';
/** Bumped when the file's shape changes; importers refuse versions they do not know. */
export const EXPORT_VERSION = 1;

/**
 * A trainee's records as a file they can keep, move to another browser, or
 * hand to an instructor. Settings (and with them LRS credentials) are never
 * part of it.
 */
export interface ExportFile {
  kind: typeof EXPORT_KIND;
  exportVersion: typeof EXPORT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  /**
   * `sha256:<hex>` over the canonical JSON of every other field. It detects
   * damage and casual edits; it is not a signature (anyone can recompute it).
   */
  checksum: string;
  profiles: Profile[];
  attempts: AttemptRecord[];
}

/** The checksum of a file's contents (everything but the checksum itself). */
export function exportChecksum(file: Omit<ExportFile, 'checksum'> | Record<string, unknown>): string {
  const { kind, exportVersion, exportedAt, profiles, attempts } = file as Record<string, unknown>;
  return `sha256:${sha256Hex(canonicalJson({ kind, exportVersion, exportedAt, profiles, attempts }))}`;
}

export function buildExportFile(profiles: Profile[], attempts: AttemptRecord[], exportedAt: number = Date.now()): ExportFile {
  const body = {
    kind: EXPORT_KIND,
    exportVersion: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    profiles,
    attempts,
  } as const;
  return { ...body, checksum: exportChecksum(body) };
}

/** The file's text: compact JSON, since a cohort's files can run to megabytes. */
export function serializeExportFile(file: ExportFile): string {
  return JSON.stringify(file);
}
