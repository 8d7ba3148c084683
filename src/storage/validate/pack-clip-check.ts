import type { PackClipRecord } from '../storage.types';
import { guard, oneOf, satisfying, shape, text, toCheck } from './checks';

/** By tag, not instanceof: a record read back may come from another realm's Uint8Array. */
const isBytes = (value: unknown): value is Uint8Array => Object.prototype.toString.call(value) === '[object Uint8Array]';

export const packClipCheck = toCheck(
  shape<PackClipRecord>({
    contentHash: text,
    scenarioId: text,
    line: text,
    kind: oneOf(['mp3', 'ogg', 'wav']),
    bytes: satisfying(isBytes, 'should be the bytes of a sound file'),
  }),
);

export const isPackClip = guard<PackClipRecord>(packClipCheck, 'packClip');
