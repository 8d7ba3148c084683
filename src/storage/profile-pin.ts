import { sha256Hex } from './transfer/sha256';
import { finite, oneOf, shape, text, type Check } from './validate/checks';

/**
 * A profile's PIN as stored: a salted, iterated SHA-256 of it, never the PIN
 * itself. This is a privacy screen for shared computers, not protection: the
 * records it screens are stored unencrypted, and a PIN of a few digits can be
 * found from this hash in moments by anyone who can read the database.
 * Plain-JS SHA-256 rather than Web Crypto, which plain-http pages lack.
 */
export interface ProfilePin {
  scheme: 'sha256-salted';
  /** 16 random bytes, hex. */
  salt: string;
  rounds: number;
  /** Hex. */
  hash: string;
}

export const PIN_ROUNDS = 2000;

/** What a PIN must be: 4 to 12 digits (a phone-style PIN anyone can type on any keyboard). */
export const PIN_PATTERN = /^\d{4,12}$/;

export const profilePinCheck: Check = shape<ProfilePin>({
  scheme: oneOf(['sha256-salted']),
  salt: text,
  rounds: finite,
  hash: text,
});

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

/** A profile as it leaves this device (backup files, the dashboard): without its PIN. */
export function withoutPin<T extends { pin?: ProfilePin }>(profile: T): Omit<T, 'pin'> {
  const { pin: _pin, ...rest } = profile;
  return rest;
}
