import { ConfirmDialog } from '../common/confirm-dialog';
import { formatDateTime } from '../common/format-date-time';
import type { Replacement } from './use-add-pack';

const published = (iso: string) => formatDateTime(Date.parse(iso));

/** Asks before a pack replaces scenarios already added, naming both versions of each. */
export function ReplaceDialog({ replacing, onAnswer }: { replacing: Replacement[]; onAnswer: (replace: boolean) => void }) {
  const many = replacing.length > 1;
  return (
    <ConfirmDialog
      title={many ? `Replace ${replacing.length} scenarios you already have?` : 'Replace a scenario you already have?'}
      onCancel={() => onAnswer(false)}
      actions={[
        { label: many ? 'Replace them' : 'Replace it', onSelect: () => onAnswer(true), variant: 'primary' },
        { label: 'Keep what I have', onSelect: () => onAnswer(false) },
      ]}
    >
      <ul className="pack-replace-list">
        {replacing.map(({ older, newer }) => (
          <li key={older.contentHash}>
            <strong>“{older.compiled.scenario.title}”</strong>: the version from {older.pack.name}, published{' '}
            {published(older.pack.publishedAt)}, would be replaced by{' '}
            {newer.compiled.scenario.title === older.compiled.scenario.title ? 'the version' : `“${newer.compiled.scenario.title}”`} in{' '}
            {newer.pack.name}, published {published(newer.pack.publishedAt)}.
          </li>
        ))}
      </ul>
      <p>Your past attempts keep the version they were played with, so their scores can still be checked.</p>
    </ConfirmDialog>
  );
}
