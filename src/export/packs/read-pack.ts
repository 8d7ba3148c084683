import { audioKind } from './audio-header';
import { MANIFEST_NAME, PACK_LIMITS, type PackResult, type ReadPack } from './pack-format';
import { readManifest } from './read-manifest';
import { listZipEntries, unpackEntry, ZipFormatError, type ZipEntry } from './zip-entries';

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;
const fail = (...problems: string[]): PackResult<never> => ({ ok: false, problems });

/** Sizes and ratios from the zip's own list, checked before any file is unpacked. */
function sizeProblems(entries: ZipEntry[]): string[] {
  const problems: string[] = [];
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total > PACK_LIMITS.maxUnpackedBytes) {
    problems.push(`It unpacks to ${megabytes(total)}; a pack may unpack to at most ${megabytes(PACK_LIMITS.maxUnpackedBytes)}.`);
  }
  for (const entry of entries) {
    // Small files are left alone: a short file of repeated text can shrink a lot.
    if (entry.size > 100_000 && entry.size / Math.max(entry.packedSize, 1) > PACK_LIMITS.maxCompressionRatio) {
      problems.push(`"${entry.name}" shrinks over ${PACK_LIMITS.maxCompressionRatio} times when packed, as zip bombs do.`);
    }
  }
  return problems;
}

/**
 * A pack file's bytes → its manifest, scenario sources and voice clips, each
 * bounded and checked for what it is; or every reason it was turned away.
 * The scenarios themselves are not checked here (see checkPackScenarios).
 */
export function readPack(bytes: Uint8Array): PackResult<ReadPack> {
  if (bytes.length > PACK_LIMITS.maxPackBytes) {
    return fail(`The file is ${megabytes(bytes.length)}; a pack may be at most ${megabytes(PACK_LIMITS.maxPackBytes)}.`);
  }
  try {
    const entries = listZipEntries(bytes, PACK_LIMITS.maxEntries);
    const sized = sizeProblems(entries);
    if (sized.length > 0) return fail(...sized);
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const manifestEntry = byName.get(MANIFEST_NAME);
    if (!manifestEntry) return fail(`It has no ${MANIFEST_NAME}, so it is not a Common Ground scenario pack.`);
    const read = readManifest(unpackEntry(bytes, manifestEntry, PACK_LIMITS.maxManifestBytes));
    if (!read.ok) return fail(read.problem);
    const { manifest } = read;

    const problems: string[] = [];
    const named = new Set([MANIFEST_NAME]);
    const sources = new Map<string, string>();
    const clips = new Map<string, Uint8Array>();
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const scenario of manifest.scenarios) {
      named.add(scenario.file);
      const entry = byName.get(scenario.file);
      if (!entry) {
        problems.push(`It lists "${scenario.file}" but does not contain it.`);
        continue;
      }
      try {
        sources.set(scenario.id, utf8.decode(unpackEntry(bytes, entry, PACK_LIMITS.maxScenarioBytes)));
      } catch (error) {
        problems.push(error instanceof ZipFormatError ? error.message : `"${scenario.file}" is not text (UTF-8).`);
      }
      for (const clip of scenario.clips ?? []) {
        named.add(clip.file);
        const clipEntry = byName.get(clip.file);
        if (!clipEntry) {
          problems.push(`It lists "${clip.file}" but does not contain it.`);
          continue;
        }
        const audio = unpackEntry(bytes, clipEntry, PACK_LIMITS.maxClipBytes);
        if (audioKind(audio) === null) problems.push(`"${clip.file}" is not an MP3, Ogg or WAV sound file.`);
        else clips.set(clip.file, audio);
      }
    }
    const extra = entries.filter((entry) => !named.has(entry.name) && !entry.name.endsWith('/'));
    if (extra.length > 0)
      problems.push(
        `It holds files its list does not name: ${extra
          .slice(0, 3)
          .map((e) => `"${e.name}"`)
          .join(', ')}.`,
      );
    return problems.length > 0 ? fail(...problems) : { ok: true, value: { manifest, sources, clips } };
  } catch (error) {
    if (error instanceof ZipFormatError) return fail(error.message);
    throw error;
  }
}
