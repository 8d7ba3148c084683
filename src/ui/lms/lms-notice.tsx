import './lms.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

/** A small dismissible notice about the LMS connection, announced politely. */
export function LmsNotice({ message }: { message: string }) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="lms-notice" role="status">
      <p className="notice notice-dismissible">
        <span>{message}</span>
        <button type="button" className="button button-small" onClick={() => setOpen(false)}>
          Dismiss
        </button>
      </p>
    </div>
  );
}

export const STANDALONE_MESSAGE =
  'No learning management system (LMS) was found, so Common Ground is running standalone: your results stay in this browser and are not reported to your course.';

export const LAUNCH_FAILED_MESSAGE =
  'Common Ground could not read what your course’s learning management system (LMS) sent, so this session is not reported to your course. You can still practise; your results stay in this browser.';

/**
 * Shows the notice in its own root, so the shell needs to know nothing about
 * SCORM. It follows the app in the page (the skip link stays the first stop
 * for keyboard users) and sticks to the bottom of the window.
 */
export function showLmsNotice(message: string): void {
  const host = document.createElement('div');
  host.className = 'lms-notice-host';
  const root = document.getElementById('root');
  if (root) root.after(host);
  else document.body.append(host);
  createRoot(host).render(<LmsNotice message={message} />);
}
