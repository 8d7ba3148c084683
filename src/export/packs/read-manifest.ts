import { arrayOf, oneOf, optional, satisfying, shape, text, toCheck } from '../../storage/validate/checks';
import { MANIFEST_NAME, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS, type PackManifest } from './pack-format';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASH = /^fnv1a64:[0-9a-f]{16}$/;
/** Plain relative paths only: no `..`, no leading slash, no backslashes. */
const SCENARIO_FILE = /^scenarios\/[a-z0-9][a-z0-9-]*\.scenario\.yaml$/;
const CLIP_FILE = /^audio\/[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._-]*\.(?:mp3|ogg|wav)$/;

const matching = (pattern: RegExp, what: string) =>
  satisfying((value): value is string => typeof value === 'string' && pattern.test(value) && !value.includes('..'), `should be ${what}`);

const manifestCheck = toCheck(
  shape<PackManifest>({
    format: oneOf([PACK_FORMAT]),
    formatVersion: oneOf([PACK_FORMAT_VERSION]),
    checkerVersion: text,
    publishedAt: text,
    scenarios: arrayOf(
      shape<PackManifest['scenarios'][number]>({
        id: matching(ID, 'a scenario id (lower-case letters, digits and hyphens)'),
        file: matching(SCENARIO_FILE, 'a path like scenarios/<name>.scenario.yaml'),
        contentHash: matching(HASH, 'a content hash like fnv1a64:0123456789abcdef'),
        clips: optional(arrayOf(shape({ line: text, file: matching(CLIP_FILE, 'a path like audio/<scenario>/<line>.mp3') }))),
      }),
    ),
  }),
);

/** The manifest's text → a checked manifest, or what is wrong with it in plain words. */
export function readManifest(bytes: Uint8Array): { ok: true; manifest: PackManifest } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: `Its ${MANIFEST_NAME} is not readable JSON.` };
  }
  if (typeof value === 'object' && value !== null && (value as { format?: unknown }).format !== PACK_FORMAT) {
    return { ok: false, problem: 'It is not a Common Ground scenario pack.' };
  }
  if (typeof value === 'object' && value !== null && (value as { formatVersion?: unknown }).formatVersion !== PACK_FORMAT_VERSION) {
    return { ok: false, problem: 'It was made by a newer version of Common Ground. Ask for the app to be updated, then add it again.' };
  }
  const problem = manifestCheck(value, MANIFEST_NAME);
  if (problem) return { ok: false, problem: `Its list of scenarios is not valid: ${problem}.` };
  const manifest = value as PackManifest;
  const count = manifest.scenarios.length;
  if (count === 0) return { ok: false, problem: 'It holds no scenarios.' };
  if (count > PACK_LIMITS.maxScenarios)
    return { ok: false, problem: `It holds ${count} scenarios; a pack may hold at most ${PACK_LIMITS.maxScenarios}.` };
  const ids = new Set(manifest.scenarios.map((s) => s.id));
  if (ids.size !== count) return { ok: false, problem: 'It lists the same scenario id twice.' };
  return { ok: true, manifest };
}
