import './packs.css';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { PACK_FILE_SUFFIX } from '../../export/packs/pack-format';
import { hrefFor } from '../app/parse-route';
import { PageHeading } from '../common/page-heading';
import { fetchPack, PackFetchError } from './fetch-pack';
import { PackRejection } from './pack-rejection';
import { ReplaceDialog } from './replace-dialog';
import { useAddPack, type AddState } from './use-add-pack';

/** `#/add`: adds an instructor's scenario pack to this browser's library, by file, by dropping it, or by link (`#/add?pack=<url>`). */
export function AddPage({ packUrl }: { packUrl?: string }) {
  const id = useId();
  const { state, ready, add, confirm, fail } = useAddPack();
  const [dragging, setDragging] = useState(false);
  const fetched = useRef<string | null>(null);

  useEffect(() => {
    if (!packUrl || !ready || fetched.current === packUrl) return;
    fetched.current = packUrl;
    fetchPack(packUrl).then(
      ({ bytes, name }) => add(bytes, name),
      (error: unknown) => fail(error instanceof PackFetchError ? error.message : 'The pack could not be downloaded.'),
    );
  }, [packUrl, ready, add, fail]);

  const addFile = async (file: File | undefined) => {
    if (file) await add(new Uint8Array(await file.arrayBuffer()), file.name);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void addFile(event.dataTransfer.files[0]);
  };
  const busy = !ready || state.step === 'checking';

  return (
    <div className="add-page">
      <PageHeading>Add scenarios</PageHeading>
      <p className="lead">
        Your instructor may give you a scenario pack: a file ending in <code>{PACK_FILE_SUFFIX}</code>, or a link to one. Adding it puts its
        scenarios in your library on this device, where they work offline too.
      </p>
      <section
        className={dragging ? 'panel pack-drop pack-drop-active' : 'panel pack-drop'}
        aria-labelledby={`${id}-title`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2 id={`${id}-title`}>Add a pack file</h2>
        <p>Drop the pack file here, or choose it.</p>
        <input
          id={`${id}-file`}
          className="pack-file-input"
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(event) => {
            void addFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <label
          htmlFor={`${id}-file`}
          className={busy ? 'button button-primary pack-file-label disabled' : 'button button-primary pack-file-label'}
        >
          Choose a pack file…
        </label>
        <p className="muted">Every scenario is checked before it is added. A pack with any error is not added at all.</p>
      </section>
      <div role="status" aria-live="polite">
        <StatusText state={state} />
      </div>
      {state.step === 'rejected' && <PackRejection name={state.name} outcome={state.outcome} />}
      {state.step === 'failed' && (
        <p className="pack-error" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'confirm' && <ReplaceDialog replacing={state.replacing} onAnswer={confirm} />}
    </div>
  );
}

function StatusText({ state }: { state: AddState }) {
  switch (state.step) {
    case 'checking':
      return <p>Checking “{state.name}”…</p>;
    case 'kept':
      return <p>Nothing was changed: you kept the scenarios you had.</p>;
    case 'added':
      return (
        <div className="panel pack-added">
          {state.added.length > 0 && (
            <p>
              Added {state.added.length === 1 ? 'a scenario' : `${state.added.length} scenarios`} from “{state.name}”:{' '}
              {state.added.map((title) => `“${title}”`).join(', ')}. {state.added.length === 1 ? 'It is' : 'They are'} in your library and
              work offline.
            </p>
          )}
          {state.unchanged.length > 0 && (
            <p>Already in your library, unchanged: {state.unchanged.map((title) => `“${title}”`).join(', ')}.</p>
          )}
          <p>
            <a className="button" href={hrefFor({ name: 'library' })}>
              Go to the library
            </a>
          </p>
        </div>
      );
    default:
      return null;
  }
}
