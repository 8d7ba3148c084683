import { useId, useState, type FormEvent } from 'react';
import { checkLrsConfig, type LrsConfigProblems } from '../../export/xapi/lrs-config';
import type { LrsConfig } from '../../export/xapi/lrs-client';
import { useAppData } from '../data/app-data-context';
import { SyncStatusList } from '../lms/sync-status-list';
import { useXapiService } from '../lms/use-xapi-service';

const EMPTY: LrsConfig = { endpoint: '', key: '', secret: '', homePage: '' };

type FieldName = keyof LrsConfig;
const FIELDS: { name: FieldName; label: string; type: 'url' | 'text' | 'password'; hint: string; autoComplete: string }[] = [
  { name: 'endpoint', label: 'xAPI endpoint', type: 'url', hint: 'From your LRS, e.g. https://lrs.your-university.example/xAPI/', autoComplete: 'off' },
  { name: 'key', label: 'Key (username)', type: 'text', hint: 'Ask for credentials that can only write statements.', autoComplete: 'off' },
  { name: 'secret', label: 'Secret (password)', type: 'password', hint: 'Kept on this device only.', autoComplete: 'new-password' },
  { name: 'homePage', label: 'Program web address', type: 'url', hint: 'Names your program in each statement, with the profile’s program id (never an email).', autoComplete: 'off' },
];

/**
 * Settings → Learning Record Store: where attempts are sent as xAPI
 * statements, a connection test, and how the send queue is doing.
 */
export function LrsSettingsSection() {
  const { settings, updateSettings } = useAppData();
  const { service, status } = useXapiService(settings.lrs !== null);
  // Unsaved edits; null shows the saved settings (which load after the first render).
  const [edits, setEdits] = useState<LrsConfig | null>(null);
  const draft = edits ?? settings.lrs ?? EMPTY;
  const [problems, setProblems] = useState<LrsConfigProblems>({});
  const [message, setMessage] = useState('');
  const [testing, setTesting] = useState(false);
  const id = useId();

  const change = (name: FieldName, value: string) => setEdits({ ...draft, [name]: value });

  const validate = (): LrsConfig | null => {
    const found = checkLrsConfig(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setMessage('Please correct the highlighted fields.');
      return null;
    }
    return { endpoint: draft.endpoint.trim(), key: draft.key, secret: draft.secret, homePage: draft.homePage.trim() };
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const config = validate();
    if (!config) return;
    await updateSettings({ lrs: config });
    setEdits(null);
    setMessage('Saved. Attempts from now on are sent to this Learning Record Store.');
    void service?.sender.retryNow();
  };

  const test = async () => {
    const config = validate();
    if (!config) return;
    setTesting(true);
    setMessage('Testing the connection…');
    const { testConnection } = await import('../../export/xapi/lrs-client');
    const result = await testConnection(config);
    setTesting(false);
    setMessage(result.message);
  };

  const remove = async () => {
    await updateSettings({ lrs: null });
    setEdits(null);
    setProblems({});
    setMessage('Removed. Attempts stay on this device only.');
  };

  return (
    <section className="panel settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Learning Record Store</h2>
      <p className="muted">
        {settings.lrs
          ? 'Each attempt is sent to your program’s Learning Record Store (LRS) as xAPI statements. If it cannot be reached, statements wait on this device and are sent later.'
          : 'Not configured: your attempts stay on this device. If your program uses an LRS, enter its details here.'}{' '}
        The key and secret are stored on this device only and are never included in exported files.
      </p>
      <form noValidate onSubmit={(e) => void save(e)}>
        {FIELDS.map((field) => {
          const error = problems[field.name as keyof LrsConfigProblems];
          const fieldId = `${id}-${field.name}`;
          return (
            <div className="field" key={field.name}>
              <label htmlFor={fieldId}>{field.label}</label>
              <input
                id={fieldId}
                name={field.name}
                type={field.type}
                value={draft[field.name]}
                autoComplete={field.autoComplete}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${fieldId}-hint`}
                onChange={(e) => change(field.name, e.target.value)}
              />
              <span id={`${fieldId}-hint`} className={error ? 'field-error' : 'muted'}>
                {error ?? field.hint}
              </span>
            </div>
          );
        })}
        <div className="field-row">
          <button type="submit" className="button button-primary">
            Save
          </button>
          <button type="button" className="button" disabled={testing} onClick={() => void test()}>
            Test connection
          </button>
          {settings.lrs && (
            <button type="button" className="button" onClick={() => void remove()}>
              Remove
            </button>
          )}
        </div>
      </form>
      <p id={`${id}-status`} role="status" className="field-status">
        {message}
      </p>
      {settings.lrs && (
        <>
          <h3>Sending</h3>
          <SyncStatusList status={status} />
        </>
      )}
    </section>
  );
}
