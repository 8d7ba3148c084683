import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 of a text's UTF-8 bytes, as lower-case hex. Synchronous, unlike
 * WebCrypto's digest, which plain-http pages (where some programs host the
 * static build) lack.
 */
export function sha256Hex(message: string): string {
  return bytesToHex(sha256(utf8ToBytes(message)));
}
