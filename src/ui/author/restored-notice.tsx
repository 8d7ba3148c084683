interface Props {
  fileName: string;
  at: string;
  onDismiss: () => void;
}

/** Says the page came back with a saved draft, so nobody wonders where their text came from. */
export function RestoredNotice({ fileName, at, onDismiss }: Props) {
  return (
    <div className="notice notice-dismissible author-restored" role="status">
      <p>
        Restored your draft of <strong>{fileName}</strong> from {at}.
      </p>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
