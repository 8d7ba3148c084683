/**
 * Limits on what a trainee types about themselves. Their own small module so
 * the UI can bound its inputs with the same numbers before storage has loaded.
 */
export const DISPLAY_NAME_MAX = 60;
export const PROGRAM_ID_MAX = 40;

export interface ProfileFields {
  displayName: string;
  programId: string | null;
}

/**
 * Trims both fields and turns an empty program ID into null. The UI checks
 * these limits first, so a bad value here is a programming error and throws.
 */
export function cleanProfileFields(displayName: string, programId: string | null | undefined): ProfileFields {
  const name = displayName.trim();
  const program = programId?.trim() || null;
  if (!name) throw new TypeError('A profile needs a display name.');
  if (name.length > DISPLAY_NAME_MAX) throw new TypeError(`A display name has at most ${DISPLAY_NAME_MAX} characters.`);
  if (program !== null && program.length > PROGRAM_ID_MAX) {
    throw new TypeError(`A program ID has at most ${PROGRAM_ID_MAX} characters.`);
  }
  return { displayName: name, programId: program };
}
