import { useId, useRef, useState } from 'react';
import type { Profile } from '../../storage/storage.types';
import { useModalFocus } from '../evidence/use-modal-focus';
import { ProfileFields } from './profile-fields';
import { useProfileForm } from './use-profile-form';

/** The first start's question: a name and an optional program ID (see first-start-dialog.tsx). */
export function NameForm({ profile }: { profile: Profile }) {
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
          Who is practising? Your name labels your records on this device and in any file you share with your instructor. You can change
          both later in Settings.
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
