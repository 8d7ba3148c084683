import { useId, useRef, useState } from 'react';
import type { Profile } from '../../storage/storage.types';
import type { Route } from '../app/parse-route';
import { useAppData } from '../data/app-data-context';
import { useModalFocus } from '../evidence/use-modal-focus';
import { ProfileFields } from './profile-fields';
import { needsName } from './profile-input';
import { useProfileForm } from './use-profile-form';

/**
 * The first start asks who is practising, so records (and the instructor's
 * dashboard) carry a real name. Also asked, once, of a profile still called
 * "Trainee" from before there was a question. Not shown on instructors' pages.
 */
/** True in the packages built for an LMS (VITE_LMS_PACKAGE=1, see src/cli/lms-package-app.ts). */
const IN_LMS_PACKAGE = import.meta.env.VITE_LMS_PACKAGE === '1';

export function FirstStartDialog({ route }: { route: Route['name'] }) {
  const { store, settings, profile } = useAppData();
  // Inside an LMS (the SCORM and cmi5 packages) the LMS knows the learner: nothing to ask.
  if (IN_LMS_PACKAGE || !store || !profile || !needsName(settings, profile, route)) return null;
  return <NameForm profile={profile} />;
}

function NameForm({ profile }: { profile: Profile }) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const titleId = useId();
  const introId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  // No Escape: the name is needed. Once saved, needsName turns false and the dialog goes.
  useModalFocus(dialogRef);
  // The field starts empty, not "Trainee": a name typed on purpose is what tells trainees apart.
  const { fields, submit } = useProfileForm(profile, '', (saved, message) => setSaveError(saved ? null : message));

  return (
    <div className="dialog-backdrop">
      <div ref={dialogRef} className="dialog panel" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={introId}>
        <h2 id={titleId}>Welcome to Common Ground</h2>
        <p id={introId}>
          Who is practising? Your name labels your records on this device and in any file you share with your instructor.
          You can change both later in Settings.
        </p>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <ProfileFields {...fields} />
          {saveError && (
            <p role="alert" className="profile-field-error">
              {saveError}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="button button-primary">
              Save and continue
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
