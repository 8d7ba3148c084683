import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { LaunchMode } from '../../export/cmi5/cmi5-iris';

const MODE_NOTE: Record<LaunchMode, string> = {
  Normal: 'Your results in this activity are reported to your course.',
  Browse: 'You are browsing: practise freely, nothing here counts toward your course result.',
  Review: 'You are reviewing: look through the conversation again, nothing here changes your course result.',
};

export interface CourseBarProps {
  mode: LaunchMode;
  /** Said after the mode: how the learner's course preferences were applied. */
  note?: string | null;
  /** Ends the session (sends `terminated`) and resolves with where to go, or null when the LMS gave no return address. */
  exit: () => Promise<string | null>;
  /** Leaves the page for the LMS's return address. */
  go: (url: string) => void;
}

/**
 * The cmi5 launch's own bar: what this launch records, and the way back to
 * the course. Announced politely; the button says what is happening while
 * the session is being closed.
 */
export function CourseBar({ mode, note, exit, go }: CourseBarProps) {
  const [state, setState] = useState<'open' | 'closing' | 'closed'>('open');
  const leave = async () => {
    setState('closing');
    const url = await exit();
    if (url) go(url);
    else setState('closed');
  };
  return (
    <aside className="lms-notice course-bar" aria-label="Your course">
      <p className="notice" role="status">
        <span>
          {state === 'closed'
            ? 'This session is closed and your course has been told. You can close this window.'
            : [MODE_NOTE[mode], note].filter(Boolean).join(' ')}
        </span>
        {state !== 'closed' && (
          <button type="button" className="button button-small" onClick={() => void leave()} disabled={state === 'closing'}>
            {state === 'closing' ? 'Closing the session…' : 'Return to course'}
          </button>
        )}
      </p>
    </aside>
  );
}

/** Shows the bar in its own root after the app, as the LMS notice does. */
export function showCourseBar(props: CourseBarProps): void {
  const host = document.createElement('div');
  host.className = 'lms-notice-host';
  const root = document.getElementById('root');
  if (root) root.after(host);
  else document.body.append(host);
  createRoot(host).render(<CourseBar {...props} />);
}
