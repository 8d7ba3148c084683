import { withoutPin } from '../../storage/profile-pin';
import type { AttemptRecord, Profile } from '../../storage/storage.types';
import { canonicalJson } from '../../engine/trainee';
import { sha256Hex } from '../../storage/sha256';

export const RESULTS_KIND = 'common-ground-results';
/** Bumped when the file's shape changes; the dashboard refuses versions it does not know. */
export const RESULTS_VERSION = 1;

/**
 * What a results file is for. A course is a program ID on one copy of the
 * app: the ID the trainee typed at first start (their instructor gives it
 * out) and the address the app was served from, which fixes the scenario set
 * the program hosts. Every attempt also names its scenario version
 * (`contentHash`), which is what the dashboard re-scores against.
 */
export interface ResultsCourse {
  programId: string | null;
  /** The app's address without query or fragment, e.g. `https://pt.example.edu/common-ground/`. */
  appAddress: string;
}

/**
 * One trainee's results for one course, for programs without a Learning
 * Record Store: "Send results" writes it, the trainee hands it in, and the
 * dashboard imports a folder of them. It holds every attempt with its
 * transcript, so the dashboard re-derives each score rather than trusting it.
 */
export interface ResultsBundle {
  kind: typeof RESULTS_KIND;
  resultsVersion: typeof RESULTS_VERSION;
  /** ISO 8601, UTC. */
  sentAt: string;
  course: ResultsCourse;
  /** The trainee: profile id (stable across renames), display name, program ID. Never a PIN. */
  profile: Profile;
  /** Oldest first. */
  attempts: AttemptRecord[];
  /**
   * `sha256:<hex>` over the canonical JSON of every other field. It detects a
   * file damaged in transit; it proves nothing about who wrote it, since
   * anyone can edit the file and compute the checksum again.
   */
  checksum: string;
}

/** The checksum of a bundle's contents (everything but the checksum itself). */
export function resultsChecksum(bundle: Omit<ResultsBundle, 'checksum'> | Record<string, unknown>): string {
  const { kind, resultsVersion, sentAt, course, profile, attempts } = bundle as Record<string, unknown>;
  return `sha256:${sha256Hex(canonicalJson({ kind, resultsVersion, sentAt, course, profile, attempts }))}`;
}

export function buildResultsBundle(
  profile: Profile,
  attempts: readonly AttemptRecord[],
  appAddress: string,
  sentAt: number = Date.now(),
): ResultsBundle {
  const body = {
    kind: RESULTS_KIND,
    resultsVersion: RESULTS_VERSION,
    sentAt: new Date(sentAt).toISOString(),
    course: { programId: profile.programId, appAddress },
    profile: withoutPin(profile),
    attempts: [...attempts].sort((a, b) => a.finishedAt - b.finishedAt),
  } as const;
  return { ...body, checksum: resultsChecksum(body) };
}

export function serializeResultsBundle(bundle: ResultsBundle): string {
  return JSON.stringify(bundle);
}

/** Letters and digits only, accents dropped: safe in any file system and any email client. */
function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/** `common-ground-results-ana-pt101-2026-12-03.json`: who, which course and when, readable in a folder. */
export function resultsFileName(bundle: Pick<ResultsBundle, 'profile' | 'course' | 'sentAt'>): string {
  const parts = ['common-ground-results', fileSlug(bundle.profile.displayName) || 'trainee'];
  const program = bundle.course.programId && fileSlug(bundle.course.programId);
  if (program) parts.push(program);
  parts.push(bundle.sentAt.slice(0, 10));
  return `${parts.join('-')}.json`;
}
