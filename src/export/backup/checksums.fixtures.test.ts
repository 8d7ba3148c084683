import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../storage/storage.types';
import { hashPin, pinMatches } from '../../storage/pin-hash';
import { canonicalJson } from '../../engine/trainee';
import { buildExportFile, exportChecksum } from './export-file';
import fixtures from './checksums.fixtures.json';
import { sha256Hex } from '../../storage/sha256';

/*
 * Checksums and PIN hashes written by the hand-rolled SHA-256 before the
 * switch to @noble/hashes: backups already on disk and PINs already stored
 * stay valid only if these match.
 */
describe('checksums stay byte-identical to the ones already stored', () => {
  it.each(fixtures.sha256)('hashes text of length $text.length', ({ text, hex }) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it.each(fixtures.pins)('hashes PIN $pin as before, and still accepts it', ({ pin, salt, stored }) => {
    expect(hashPin(pin, salt)).toEqual(stored);
    expect(pinMatches(stored as ReturnType<typeof hashPin>, pin)).toBe(true);
  });

  it('builds the same backup file, checksum included', () => {
    const { profiles, attempts, exportedAt, checksum } = fixtures.exportFile;
    const rebuilt = buildExportFile(profiles, attempts as AttemptRecord[], Date.parse(exportedAt));
    expect(rebuilt).toEqual(fixtures.exportFile);
    expect(exportChecksum(fixtures.exportFile)).toBe(checksum);
  });

  it("gives a cohort attempt the same fingerprint (the dashboard's duplicate check)", () => {
    expect(sha256Hex(canonicalJson(fixtures.fingerprint.of))).toBe(fixtures.fingerprint.hex);
  });
});
