/**
 * The words a synthetic voice should say for a patient line, as plain ASCII
 * text the engines read reliably. Stage directions ("[Sighs.]") are acted,
 * not spoken, so they become a pause; ellipses and dashes become pauses too.
 * `respell` maps whole words the engine says wrongly to spellings it says
 * closer to right ("Biji" → "Beejee"); it runs before accents are stripped,
 * so "whānau" can be respelt as written.
 */
export function speakableText(text: string, respell: Readonly<Record<string, string>> = {}): string {
  let spoken = text.replace(/\[[^\]]*\]/g, ', ');
  for (const [word, said] of Object.entries(respell)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    spoken = spoken.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), said);
  }
  return spoken
    .replace(/…|\.{3}/g, ', ')
    .replace(/\s[—–-]\s|—|–/g, ', ')
    .replace(/[‘’]/g, "'")
    .replace(/["“”]/g, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'w')
    .replace(/[^\x20-\x7e]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.?!;:])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/([.?!])\s*,/g, '$1')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    .trim();
}

/** True when the line has words to say (a line that is only a stage direction has none). */
export function hasWords(spoken: string): boolean {
  return /[a-z0-9]/i.test(spoken);
}
