import { finite, oneOf, shape, text, toCheck, type Check } from './validate/checks';

/**
 * A profile's PIN as stored: a salted, iterated SHA-256 of it, never the PIN
 * itself. This is a privacy screen for shared computers, not protection: the
 * records it screens are stored unencrypted, and a PIN of a few digits can be
 * found from this hash in moments by anyone who can read the database.
 * Hashing lives in pin-hash.ts, loaded only when a PIN is set or checked.
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

export const profilePinCheck: Check = toCheck(
  shape<ProfilePin>({
    scheme: oneOf(['sha256-salted']),
    salt: text,
    rounds: finite,
    hash: text,
  }),
);

/** A profile as it leaves this device (backup files, the dashboard): without its PIN. */
export function withoutPin<T extends { pin?: ProfilePin }>(profile: T): Omit<T, 'pin'> {
  const { pin: _pin, ...rest } = profile;
  return rest;
}
