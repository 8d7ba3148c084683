import './lms.css';
import type { SyncStatus } from '../../export/xapi/sync-status';
import { formatDateTime } from '../common/format-date-time';

const when = (ms: number | null): string => (ms === null ? 'Never' : formatDateTime(ms));

/** Queued count, last success and last error, as a description list. */
export function SyncStatusList({ status }: { status: SyncStatus | null }) {
  if (!status) return <p className="muted">Checking the send queue…</p>;
  return (
    <dl className="sync-status">
      <dt>Waiting to send</dt>
      <dd>
        {status.queued === 1 ? '1 statement' : `${status.queued} statements`}
        {status.sending ? ' (sending now)' : ''}
      </dd>
      <dt>Last sent</dt>
      <dd>{when(status.lastSuccessAt)}</dd>
      <dt>Last problem</dt>
      <dd>{status.lastError ? `${status.lastError} (${when(status.lastErrorAt)})` : 'None'}</dd>
    </dl>
  );
}
