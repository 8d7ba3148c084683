import { useAppData } from '../data/app-data-context';

/** Storage notices (quota, another tab, no IndexedDB): said plainly, dismissible. */
export function NoticeBar() {
  const { notices, dismissNotice, error } = useAppData();
  if (!error && notices.length === 0) return null;
  return (
    <div className="notice-bar" role="status">
      {error && <p className="notice">Saved data could not be opened: {error}. Conversations will not be saved.</p>}
      {notices.map((notice, index) => (
        <p className="notice notice-dismissible" key={`${notice.kind}-${index}`}>
          <span>{notice.message}</span>
          <button type="button" className="button button-small" onClick={() => dismissNotice(index)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
