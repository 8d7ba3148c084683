/**
 * Which audio format a clip's first bytes say it is, or null. The file name
 * and any type the pack claims are ignored: only the bytes decide. The
 * shipped clips are MP3; Ogg and WAV are the other formats every browser plays.
 */
export type AudioKind = 'mp3' | 'ogg' | 'wav';

const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** An MPEG audio frame header: 11 sync bits, a known version and layer III, and a real bitrate and sample rate. */
function isMpegFrame(bytes: Uint8Array, at: number): boolean {
  const [b0, b1, b2] = [bytes[at], bytes[at + 1], bytes[at + 2]];
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 3;
  const layer = (b1 >> 1) & 3;
  const bitrate = b2 >> 4;
  const rate = (b2 >> 2) & 3;
  return version !== 1 && layer === 1 && bitrate !== 0 && bitrate !== 15 && rate !== 3;
}

export function audioKind(bytes: Uint8Array): AudioKind | null {
  if (bytes.length < 12) return null;
  if (ascii(bytes, 0, 'OggS')) return 'ogg';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'wav';
  if (ascii(bytes, 0, 'ID3')) {
    // ID3v2: a 10-byte header and a "syncsafe" size (7 bits a byte), then the first frame.
    const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
    return isMpegFrame(bytes, 10 + size) ? 'mp3' : null;
  }
  return isMpegFrame(bytes, 0) ? 'mp3' : null;
}
