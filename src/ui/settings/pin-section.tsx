import { useId, useState } from 'react';
import { useAppData } from '../data/app-data-context';

const PIN_PATTERN = /^\d{4,12}$/;

function PinField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
      />
    </div>
  );
}

/** Set, change or remove the active profile's PIN: a privacy screen for shared computers, and said to be one. */
export function PinSection() {
  const { store, profile } = useAppData();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [message, setMessage] = useState('');
  if (!store || !profile) return null;
  const hasPin = profile.pin !== undefined;

  const reset = (text: string) => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setMessage(text);
  };

  const currentIsRight = async () => {
    if (await store.profiles.checkPin(profile.id, current)) return true;
    setMessage('The current PIN is not right, so nothing was changed.');
    return false;
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!PIN_PATTERN.test(next)) return setMessage('A PIN is 4 to 12 digits.');
    if (next !== repeat) return setMessage('The two new PINs are different. Type the same PIN twice.');
    if (hasPin && !(await currentIsRight())) return;
    await store.profiles.setPin(profile.id, next);
    reset(hasPin ? 'PIN changed.' : `PIN set. Common Ground will ask for it when someone switches to “${profile.displayName}”.`);
  };

  const remove = async () => {
    if (!(await currentIsRight())) return;
    await store.profiles.setPin(profile.id, null);
    reset('PIN removed.');
  };

  return (
    <section className="panel settings-section" aria-labelledby="pin-title">
      <h2 id="pin-title">Profile PIN</h2>
      <p className="muted">
        On a shared computer, a PIN stops the next person opening “{profile.displayName}”’s practice in Common Ground by accident. It is a
        privacy screen, not encryption: the records are stored unencrypted in this browser, and anyone with its developer tools can still
        read them.
      </p>
      <p>{hasPin ? `“${profile.displayName}” has a PIN.` : `“${profile.displayName}” has no PIN.`}</p>
      <form onSubmit={(e) => void save(e)}>
        {hasPin && <PinField label="Current PIN" value={current} onChange={setCurrent} />}
        <PinField label={hasPin ? 'New PIN (4 to 12 digits)' : 'PIN (4 to 12 digits)'} value={next} onChange={setNext} />
        <PinField label="Type it again" value={repeat} onChange={setRepeat} />
        <div className="field-row">
          <button type="submit" className="button">
            {hasPin ? 'Change PIN' : 'Set PIN'}
          </button>
          {hasPin && (
            <button type="button" className="button" onClick={() => void remove()}>
              Remove PIN
            </button>
          )}
        </div>
      </form>
      <p role="status" className="field-status">
        {message}
      </p>
    </section>
  );
}
