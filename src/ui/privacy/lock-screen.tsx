import { useEffect, useId, useRef, useState } from 'react';
import type { Profile } from '../../storage/storage.types';
import { PageHeading } from '../common/page-heading';
import { useAppData } from '../data/app-data-context';
import { clearMisses, FREE_TRIES, missesFor, recordMiss, waitInWords } from './pin-back-off';

interface Props {
  onUnlock: () => void;
  now?: () => number;
}

/**
 * Asks for the active profile's PIN before its practice is shown (PinGate
 * renders it only when there is one): a privacy screen, said plainly.
 */
export function LockScreen({ onUnlock, now = Date.now }: Props) {
  const { store, profile: active, profiles, switchProfile } = useAppData();
  // PinGate renders this only for a loaded profile with a PIN.
  const profile = active as Profile;
  const others = profiles.filter((other) => other.id !== profile.id);
  const checkPin = (pin: string) => store?.profiles.checkPin(profile.id, pin) ?? Promise.resolve(false);
  const onSwitch = (profileId: string) => void switchProfile(profileId);
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [checking, setChecking] = useState(false);
  const [waitUntil, setWaitUntil] = useState(() => missesFor(profile.id).until);
  const waiting = waitUntil > now();

  // The wait ends on its own: enable the field again and say so.
  useEffect(() => {
    const left = waitUntil - now();
    if (left <= 0) return;
    const timer = setTimeout(() => {
      setWaitUntil(0);
      setMessage('You can try again now.');
    }, left);
    return () => clearTimeout(timer);
  }, [waitUntil, now]);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (checking) return;
    // The field stays enabled while waiting, so keyboard focus is never lost; a try is refused with the reason.
    if (waiting) {
      setPin('');
      setMessage(`Too many tries: wait ${waitInWords(waitUntil - now())}, then try again.`);
      return;
    }
    if (!pin) {
      setMessage('Enter the PIN.');
      return;
    }
    setChecking(true);
    const right = await checkPin(pin);
    setChecking(false);
    setPin('');
    if (right) {
      clearMisses(profile.id);
      onUnlock();
      return;
    }
    const miss = recordMiss(profile.id, now());
    const left = miss.until - now();
    if (left > 0) {
      setWaitUntil(miss.until);
      setMessage(`That PIN is not right. Too many tries: wait ${waitInWords(left)}, then try again.`);
    } else {
      const tries = FREE_TRIES - miss.failures;
      setMessage(`That PIN is not right. ${tries === 1 ? '1 more try' : `${tries} more tries`} before a short wait.`);
    }
  };

  return (
    <section className="panel lock-screen">
      <PageHeading title="Locked profile">{profile.displayName}’s practice is locked</PageHeading>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={inputId}>PIN for {profile.displayName}</label>
          <div className="field-row">
            <input
              ref={input}
              id={inputId}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              aria-describedby={hintId}
              value={pin}
              onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            />
            <button type="submit" className="button button-primary" disabled={checking}>
              Unlock
            </button>
          </div>
        </div>
        <p role="alert" className="field-status">
          {message}
        </p>
      </form>
      <p id={hintId} className="muted">
        This PIN is a privacy screen for shared computers, not encryption. It keeps this profile’s history out of casual view in Common
        Ground, but the records are stored unencrypted in this browser, and anyone with the browser’s developer tools can read them.
      </p>
      {others.length > 0 && (
        <>
          <h2>Not {profile.displayName}?</h2>
          <ul className="lock-screen-profiles">
            {others.map((other) => (
              <li key={other.id}>
                <button type="button" className="button" onClick={() => onSwitch(other.id)}>
                  Switch to {other.displayName}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        Forgot the PIN? Clearing this site’s data in the browser’s settings removes it, together with every record Common Ground keeps in
        this browser.
      </p>
    </section>
  );
}
