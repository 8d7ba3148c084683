import './profile.css';
import { useId, type Ref } from 'react';
import { DISPLAY_NAME_MAX, PROGRAM_ID_MAX, type ProfileInput } from './profile-input';

interface Props {
  name: string;
  programId: string;
  onName: (value: string) => void;
  onProgramId: (value: string) => void;
  /** The last failed check, shown under the field it is about. */
  problem: Extract<ProfileInput, { ok: false }> | null;
  nameRef?: Ref<HTMLInputElement>;
  programIdRef?: Ref<HTMLInputElement>;
}

/** The two things a trainee tells us about themselves: used by the first-start dialog and Settings. */
export function ProfileFields({ name, programId, onName, onProgramId, problem, nameRef, programIdRef }: Props) {
  const ids = { name: useId(), nameError: useId(), program: useId(), programHint: useId(), programError: useId() };
  const nameProblem = problem?.field === 'name' ? problem.message : null;
  const programProblem = problem?.field === 'programId' ? problem.message : null;
  return (
    <div className="profile-fields">
      <div className="profile-field">
        <label htmlFor={ids.name}>Your name</label>
        <input
          ref={nameRef}
          id={ids.name}
          type="text"
          value={name}
          required
          aria-required="true"
          maxLength={DISPLAY_NAME_MAX}
          autoComplete="name"
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameProblem ? ids.nameError : undefined}
          onChange={(event) => onName(event.target.value)}
        />
        {nameProblem && (
          <p id={ids.nameError} className="profile-field-error">
            {nameProblem}
          </p>
        )}
      </div>
      <div className="profile-field">
        <label htmlFor={ids.program}>Program ID (optional)</label>
        <input
          ref={programIdRef}
          id={ids.program}
          type="text"
          value={programId}
          maxLength={PROGRAM_ID_MAX}
          autoComplete="off"
          aria-invalid={programProblem ? true : undefined}
          aria-describedby={programProblem ? `${ids.programHint} ${ids.programError}` : ids.programHint}
          onChange={(event) => onProgramId(event.target.value)}
        />
        <p id={ids.programHint} className="muted profile-field-hint">
          The student number your program gave you, if any. It tells you apart from others with the same name.
        </p>
        {programProblem && (
          <p id={ids.programError} className="profile-field-error">
            {programProblem}
          </p>
        )}
      </div>
    </div>
  );
}
