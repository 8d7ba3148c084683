import type { LearnerPreferences } from '../../export/cmi5/cmi5-learner-preferences';
import type { Settings } from '../../storage/storage.types';

/**
 * Applies the learner's cmi5 preferences (§11) to this browser's settings
 * before the app renders: audioPreference "off" mutes the patient's voice
 * and "on" unmutes it; the trainee's Mute button still changes it after.
 * Common Ground is English only, so a language preference can only be
 * acknowledged. Returns what to tell the learner, or null.
 */
export async function applyLearnerPreferences(
  preferences: LearnerPreferences,
  settings: { get: () => Promise<Settings>; update: (patch: Partial<Settings>) => Promise<Settings> },
): Promise<string | null> {
  const notes: string[] = [];
  if (preferences.audio) {
    const muted = preferences.audio === 'off';
    try {
      if ((await settings.get()).muted !== muted) await settings.update({ muted });
      notes.push(
        muted ? 'Sound is off, as your course preferences ask; use Mute to turn it on.' : 'Sound is on, as your course preferences ask.',
      );
    } catch {
      notes.push('Your course’s sound preference could not be applied; use Mute to change the sound.');
    }
  }
  const { languages } = preferences;
  if (languages.length > 0 && !languages.some((code) => /^en(-|$)/i.test(code))) {
    notes.push(
      `Common Ground is available in English only, so it stays in English (your course preferences ask for ${languages.join(', ')}).`,
    );
  }
  return notes.length > 0 ? notes.join(' ') : null;
}
