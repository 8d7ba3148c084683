import { useId, useState } from 'react';
import { useAppData } from '../data/app-data-context';

/** Who is practising: each profile sees only its own history. */
export function ProfileSection() {
  const { profile, profiles, switchProfile, createProfile } = useAppData();
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const selectId = useId();
  const nameId = useId();

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
            setMessage(next ? `Switched to “${next.displayName}”.` : '');
          }}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      </div>
      <form className="field field-inline" onSubmit={(e) => void create(e)}>
        <label htmlFor={nameId}>New profile name</label>
        <div className="field-row">
          <input id={nameId} type="text" value={name} maxLength={60} autoComplete="off" onChange={(e) => setName(e.target.value)} />
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
