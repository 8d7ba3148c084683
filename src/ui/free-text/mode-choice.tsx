import { forwardRef } from 'react';

/** Setting "ask each attempt": before the first decision, the trainee says how they will respond. */
export const ModeChoice = forwardRef<HTMLDivElement, { onChoose: (ownWords: boolean) => void }>(function ModeChoice({ onChoose }, ref) {
  return (
    <div ref={ref} className="free-text-mode" role="group" aria-label="How will you respond?" tabIndex={-1}>
      <p>How will you respond in this attempt?</p>
      <div className="free-text-actions">
        <button type="button" className="button" onClick={() => onChoose(false)}>
          Choose from options
        </button>
        <button type="button" className="button" onClick={() => onChoose(true)}>
          Say it in your own words
        </button>
      </div>
    </div>
  );
});
