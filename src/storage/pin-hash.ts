import { PIN_PATTERN, PIN_ROUNDS, type ProfilePin } from './profile-pin';
import { sha256Hex } from './sha256';

/*
 * Plain-JS SHA-256 rather than Web Crypto, which plain-http pages lack. A
 * module of its own: the storage opened at first paint does not carry it.
 */

function digest(pin: string, salt: string, rounds: number): string {
  let hash = sha256Hex(`${salt}:${pin}`);
  for (let round = 1; round < rounds; round += 1) hash = sha256Hex(`${salt}:${hash}`);
  return hash;
}

export function hashPin(pin: string, salt?: string): ProfilePin {
  if (!PIN_PATTERN.test(pin)) throw new TypeError('A PIN is 4 to 12 digits.');
  const saltHex = salt ?? [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { scheme: 'sha256-salted', salt: saltHex, rounds: PIN_ROUNDS, hash: digest(pin, saltHex, PIN_ROUNDS) };
}

/** Compares every character, so a wrong PIN takes as long whichever digit is wrong. */
export function pinMatches(stored: ProfilePin, pin: string): boolean {
  const candidate = digest(pin, stored.salt, Math.max(1, Math.min(stored.rounds, 100_000)));
  let difference = candidate.length ^ stored.hash.length;
  for (let i = 0; i < candidate.length; i += 1) difference |= candidate.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return difference === 0;
}
