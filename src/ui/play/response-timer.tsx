import { useEffect, useState } from 'react';

interface Props {
  /** Absolute deadline while the clock runs; null while paused. */
  deadline: number | null;
  /** Time left while paused. */
  remainingMs: number | null;
  totalMs: number;
}

const TICK_MS = 250;
const WARN_AT_MS = 10_000;

/**
 * The response time limit as a bar and as text. Screen readers hear it only
 * at the start and once when ten seconds remain, not every second.
 */
export function ResponseTimer({ deadline, remainingMs, totalMs }: Props) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const id = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(id);
  }, [deadline]);

  const left = deadline !== null ? Math.max(0, deadline - now) : (remainingMs ?? totalMs);
  const seconds = Math.ceil(left / 1000);
  const fraction = totalMs > 0 ? Math.min(1, left / totalMs) : 0;
  const warn = left <= WARN_AT_MS;
  const announcement =
    deadline === null
      ? ''
      : warn && totalMs > WARN_AT_MS * 1.5
        ? `${Math.ceil(WARN_AT_MS / 1000)} seconds left to respond.`
        : `You have ${Math.round(totalMs / 1000)} seconds to respond.`;

  return (
    <div className={`response-timer${warn ? ' response-timer-warn' : ''}`}>
      <div className="response-timer-track" aria-hidden="true">
        <div className="response-timer-fill" style={{ transform: `scaleX(${fraction})` }} />
      </div>
      <p className="response-timer-text" role="timer" aria-live="off">
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <circle cx="8" cy="9" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 9V6M6 1.5h4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        {deadline === null ? `Paused — ${seconds} s left to respond` : `${seconds} s left to respond`}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
