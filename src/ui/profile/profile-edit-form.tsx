import type { Profile } from '../../storage/storage.types';
import { ProfileFields } from './profile-fields';
import { useProfileForm } from './use-profile-form';

/**
 * Settings: the active profile's name and program ID, editable. Keyed by the
 * profile by its caller, so switching profile starts from that profile's values.
 */
export function ProfileEditForm({ profile, onSaved }: { profile: Profile; onSaved: (message: string) => void }) {
  const { fields, submit } = useProfileForm(profile, profile.displayName, (_saved, message) => onSaved(message));
  return (
    <form className="settings-profile-form" noValidate onSubmit={(event) => void submit(event)}>
      <ProfileFields {...fields} />
      <button type="submit" className="button">
        Update name and program ID
      </button>
    </form>
  );
}
