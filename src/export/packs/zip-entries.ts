import { Inflate } from 'fflate';

/**
 * Reads a zip's central directory and unpacks one file at a time with a
 * running byte limit. Unlike unzipSync, nothing is inflated before its sizes
 * are known and checked, and a file that unpacks to more than it declared is
 * stopped as soon as it passes the limit, so a zip bomb costs neither memory
 * nor minutes.
 */
export interface ZipEntry {
  name: string;
  method: number;
  packedSize: number;
  size: number;
  encrypted: boolean;
  dataStart: number;
}

export class ZipFormatError extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEnd(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 65_535; at -= 1) {
    if (u32(bytes, at) === EOCD) return at;
  }
  throw new ZipFormatError('It is not a zip file.');
}

/** The files a zip lists, with where their data starts. */
export function listZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  if (bytes.length < 22) throw new ZipFormatError('It is not a zip file.');
  const end = findEnd(bytes);
  const count = u16(bytes, end + 10);
  if (count === 0xffff || u32(bytes, end + 16) === 0xffffffff) throw new ZipFormatError('It uses zip64, which packs never need.');
  if (count > maxEntries) throw new ZipFormatError(`It holds ${count} files; a pack may hold at most ${maxEntries}.`);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: ZipEntry[] = [];
  let at = u32(bytes, end + 16);
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ZipFormatError('Its list of files is damaged.');
    const nameLength = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw new ZipFormatError('Its list of files is damaged.');
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      packedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      encrypted: (u16(bytes, at + 8) & 1) === 1,
      dataStart,
    };
    if (dataStart + entry.packedSize > bytes.length) throw new ZipFormatError(`"${entry.name}" runs past the end of the file.`);
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Inflating this much compressed data at once yields at most about 16 MB (deflate's limit is 1032:1). */
const SLICE = 16_384;

/**
 * One file's bytes, never more than `limit`: a file that unpacks to more
 * (or to other than its declared size) throws ZipFormatError.
 */
export function unpackEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  if (entry.encrypted) throw new ZipFormatError(`"${entry.name}" is encrypted.`);
  if (entry.size > limit) throw new ZipFormatError(`"${entry.name}" unpacks to ${entry.size} bytes; the limit is ${limit}.`);
  const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
  if (entry.method === 0) {
    if (entry.size !== entry.packedSize) throw new ZipFormatError(`"${entry.name}" does not have the size it declares.`);
    return packed.slice();
  }
  if (entry.method !== 8) throw new ZipFormatError(`"${entry.name}" uses a compression method packs do not use.`);
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const overflow = new ZipFormatError(`"${entry.name}" unpacks to more than the size it declares (a zip bomb?).`);
  const inflate = new Inflate((chunk) => {
    if (filled + chunk.length > entry.size) throw overflow;
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let at = 0; at < packed.length; at += SLICE) inflate.push(packed.subarray(at, at + SLICE), at + SLICE >= packed.length);
    if (packed.length === 0) inflate.push(packed, true);
  } catch (error) {
    if (error instanceof ZipFormatError) throw error;
    throw new ZipFormatError(`"${entry.name}" is damaged and cannot be unpacked.`);
  }
  if (filled !== entry.size) throw new ZipFormatError(`"${entry.name}" does not have the size it declares.`);
  return out;
}
