/** The one message shown while saving fails, with a way to try again at once. */
export function SaveProblem({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="notice save-problem" role="alert">
      <p>{message}</p>
      <button type="button" className="button button-small" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
