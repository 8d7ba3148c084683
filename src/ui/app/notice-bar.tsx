import { LoadFailed } from '../common/load-failed';
import { useAppData, type AppData } from '../data/app-data-context';

/**
 * Storage that could not be opened at all, said as every screen says a failed
 * read; then storage notices (quota, another tab, no IndexedDB): said plainly, dismissible.
 */
export function NoticeBar() {
  const { notices, dismissNotice, error } = useAppData();
  return (
    <>
      {error && (
        <LoadFailed what="your saved data" error={error}>
          Conversations will not be saved.
        </LoadFailed>
      )}
      {notices.length > 0 && <StoreNotices notices={notices} dismissNotice={dismissNotice} />}
    </>
  );
}

function StoreNotices({ notices, dismissNotice }: Pick<AppData, 'notices' | 'dismissNotice'>) {
  return (
    <div className="notice-bar" role="status">
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
