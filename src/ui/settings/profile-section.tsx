import { useId, useState } from 'react';
import { traineeLabels } from '../../export/records/trainee-labels';
import { useAppData } from '../data/app-data-context';
import { ProfileEditForm } from '../profile/profile-edit-form';
import { DISPLAY_NAME_MAX } from '../profile/profile-input';

/** Who is practising: each profile sees only its own history. */
export function ProfileSection() {
  const { profile, profiles, switchProfile, createProfile } = useAppData();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const selectId = useId();
  const nameId = useId();
  // Two profiles may share a name; the list must still tell them apart.
  const labels = traineeLabels(profiles.map((p) => ({ key: p.id, name: p.displayName, programId: p.programId })));
  const labelOf = (id: string) => labels.get(id)?.label ?? '';

  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const displayName = name.trim();
    if (!displayName) {
      setMessage('Enter a name for the new profile.');
      return;
    }
    const created = await createProfile(displayName);
    if (created) {
      setName('');
      setMessage(`Created and switched to “${created.displayName}”.`);
    }
  };

  return (
    <section className="panel settings-section" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <p className="muted">Each profile keeps its own history on this device. Share a computer? Make one each.</p>
      <div className="field">
        <label htmlFor={selectId}>Active profile</label>
        <select
          id={selectId}
          value={profile?.id ?? ''}
          onChange={(e) => {
            void switchProfile(e.target.value);
            const next = profiles.find((p) => p.id === e.target.value);
            setMessage(next ? `Switched to “${labelOf(next.id)}”.` : '');
          }}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {labelOf(p.id)}
            </option>
          ))}
        </select>
      </div>
      {profile && <ProfileEditForm key={profile.id} profile={profile} onSaved={setMessage} />}
      <form className="field field-inline" onSubmit={(e) => void create(e)}>
        <label htmlFor={nameId}>New profile name</label>
        <div className="field-row">
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={DISPLAY_NAME_MAX}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button">
            Create profile
          </button>
        </div>
      </form>
      <p role="status" className="field-status">
        {message}
      </p>
    </section>
  );
}
