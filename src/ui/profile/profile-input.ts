import { DISPLAY_NAME_MAX, PROGRAM_ID_MAX } from '../../storage/profile-fields';
import type { Route } from '../app/parse-route';
import type { Profile, Settings } from '../../storage/storage.types';
import { FIRST_PROFILE_NAME } from '../data/app-data-provider';

export { DISPLAY_NAME_MAX, PROGRAM_ID_MAX };

export type ProfileInput =
  | { ok: true; displayName: string; programId: string | null }
  | { ok: false; field: 'name' | 'programId'; message: string };

/** What a trainee typed as their name and program ID, trimmed, or what to fix, in plain words. */
export function readProfileInput(name: string, programId: string): ProfileInput {
  const displayName = name.trim();
  const program = programId.trim();
  if (!displayName) return { ok: false, field: 'name', message: 'Enter your name. It labels your records.' };
  if (displayName.length > DISPLAY_NAME_MAX) {
    return { ok: false, field: 'name', message: `Shorten your name to ${DISPLAY_NAME_MAX} characters or fewer.` };
  }
  if (program.length > PROGRAM_ID_MAX) {
    return { ok: false, field: 'programId', message: `Shorten the program ID to ${PROGRAM_ID_MAX} characters or fewer.` };
  }
  return { ok: true, displayName, programId: program || null };
}

/** Instructors' pages: someone opening the dashboard or the editor is not a trainee to be named. */
const INSTRUCTOR_ROUTES: ReadonlySet<Route['name']> = new Set(['dashboard', 'author']);

/**
 * Whether to ask for a name: the active profile still has the first-run
 * placeholder name and the question was never answered on this browser. A
 * trainee who chose the name "Trainee" themselves is not asked again.
 */
export function needsName(settings: Settings, profile: Profile | null, route: Route['name']): boolean {
  return !settings.askedForName && profile?.displayName === FIRST_PROFILE_NAME && !INSTRUCTOR_ROUTES.has(route);
}
