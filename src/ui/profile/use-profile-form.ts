import { useRef, useState, type FormEvent } from 'react';
import type { Profile } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';
import { readProfileInput, type ProfileInput } from './profile-input';

/**
 * The state and the save of a name-and-program-ID form, shared by the
 * first-start dialog and Settings. Saving a name also answers the first-start
 * question. A value to fix focuses its field; a storage failure changes nothing
 * and is reported through `onDone(null, message)`.
 */
export function useProfileForm(profile: Profile, initialName: string, onDone: (saved: Profile | null, message: string) => void) {
  const { updateProfile, updateSettings } = useAppData();
  const [name, setName] = useState(initialName);
  const [programId, setProgramId] = useState(profile.programId ?? '');
  const [problem, setProblem] = useState<Extract<ProfileInput, { ok: false }> | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const programIdRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = readProfileInput(name, programId);
    if (!input.ok) {
      setProblem(input);
      (input.field === 'name' ? nameRef : programIdRef).current?.focus();
      return;
    }
    setProblem(null);
    try {
      const saved = await updateProfile(profile.id, { displayName: input.displayName, programId: input.programId });
      await updateSettings({ askedForName: true });
      onDone(
        saved,
        saved ? `Saved: “${saved.displayName}”${saved.programId ? `, program ID ${saved.programId}` : ', no program ID'}.` : '',
      );
    } catch (cause) {
      onDone(null, `Your name could not be saved, so nothing changed. ${cause instanceof Error ? cause.message : ''}`.trim());
    }
  };

  const fields = { name, programId, onName: setName, onProgramId: setProgramId, problem, nameRef, programIdRef };
  return { fields, submit };
}
