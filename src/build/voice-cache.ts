/** The Cache Storage name of the voice clips: the service worker's runtime cache, which "Make this scenario available offline" fills too. */
export const VOICE_CACHE = 'common-ground-voice-clips';

/**
 * The stated budget for voice clips kept on a device: at most 300 clips (the
 * shipped ones are about 35 KB each, so about 10 MB), for 90 days since last
 * played. The least recently used go first, and the whole cache goes if the
 * browser runs short of space.
 */
export const VOICE_CACHE_MAX_CLIPS = 300;
export const VOICE_CACHE_MAX_DAYS = 90;
/** Beyond this, "available offline" asks the trainee to play the scenario online instead. */
export const VOICE_CACHE_MAX_BYTES = 25 * 1024 * 1024;
