import { useId, useState, type FormEvent } from 'react';
import { CREDENTIAL_KIND_LABEL, type StoredCredentialKind } from '../../export/xapi/lrs-access';
import { checkLrsConfig, type LrsConfigProblems } from '../../export/xapi/lrs-config';
import { currentLaunch } from '../../export/xapi/launch-params';
import { useAppData } from '../data/app-data-context';
import { SyncStatusList } from '../lms/sync-status-list';
import { useXapiService } from '../lms/use-xapi-service';
import { configFrom, draftFrom, type LrsDraft } from './lrs-credential-form';
import { RadioGroup } from './radio-group';

type TextField = Exclude<keyof LrsDraft, 'kind'>;
const FIELDS: { name: TextField; label: string; type: 'url' | 'text' | 'password'; hint: string; autoComplete: string }[] = [
  {
    name: 'endpoint',
    label: 'xAPI endpoint',
    type: 'url',
    hint: 'From your LRS, e.g. https://lrs.your-university.example/xAPI/',
    autoComplete: 'off',
  },
  {
    name: 'key',
    label: 'Key (username)',
    type: 'text',
    hint: 'Issued by your program for this learner, or for staff.',
    autoComplete: 'off',
  },
  {
    name: 'secret',
    label: 'Secret (password)',
    type: 'password',
    hint: 'Kept on this device only and never shown again.',
    autoComplete: 'new-password',
  },
  {
    name: 'homePage',
    label: 'Program web address',
    type: 'url',
    hint: 'Names your program in each statement, with the profile’s program id (never an email).',
    autoComplete: 'off',
  },
];
const SAVED_HINT = 'Saved — type a new one to replace it, or leave empty to keep it.';

const KIND_OPTIONS: { value: StoredCredentialKind; label: string; hint: string }[] = [
  { value: 'learner-write', label: 'Write-only, for this learner', hint: 'Sends this learner’s attempts. Use this on a trainee’s device.' },
  {
    value: 'dashboard-read',
    label: 'Read credential, for the dashboard',
    hint: 'Staff only: also loads the cohort’s statements into the dashboard. Never save it on a trainee’s device.',
  },
];

/**
 * Settings → Learning Record Store: where attempts are sent as xAPI
 * statements, which kind of credential this device holds, a connection test,
 * and how the send queue is doing (shared by every tab).
 */
export function LrsSettingsSection() {
  const { settings, updateSettings } = useAppData();
  const saved = settings.lrs;
  const launch = currentLaunch();
  const { service, status } = useXapiService(saved !== null || launch !== null);
  // Unsaved edits; null shows the saved settings (which load after the first render).
  const [edits, setEdits] = useState<LrsDraft | null>(null);
  const draft = edits ?? draftFrom(saved);
  const [problems, setProblems] = useState<LrsConfigProblems>({});
  const [message, setMessage] = useState('');
  const [testing, setTesting] = useState(false);
  const id = useId();

  const change = (patch: Partial<LrsDraft>) => setEdits({ ...draft, ...patch });

  const validate = () => {
    const config = configFrom(draft, saved);
    const found = checkLrsConfig(config);
    setProblems(found);
    if (Object.keys(found).length === 0) return config;
    setMessage('Please correct the highlighted fields.');
    return null;
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
    try {
      const { testConnection } = await import('../../export/xapi/test-connection');
      setMessage((await testConnection(config)).message);
    } finally {
      setTesting(false);
    }
  };

  const remove = async () => {
    await updateSettings({ lrs: null });
    setEdits(null);
    setProblems({});
    setMessage('Removed: the credential is deleted from this device. Attempts stay on this device only.');
  };

  return (
    <section className="panel settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Learning Record Store</h2>
      {launch && (
        <p>
          This tab was opened with its own access to the Learning Record Store at {new URL(launch.endpoint).origin} (
          {CREDENTIAL_KIND_LABEL.launch}): this conversation’s statements go there. It is forgotten when the tab closes.
        </p>
      )}
      <p className="muted">
        {saved
          ? `This device holds a ${CREDENTIAL_KIND_LABEL[saved.kind ?? 'learner-write']}. Each attempt is sent to your program’s Learning Record Store (LRS) as xAPI statements; if it cannot be reached, statements wait on this device and are sent later.`
          : 'Not configured: your attempts stay on this device. If your program uses an LRS, enter its details here.'}{' '}
        The key and secret are stored on this device only, are never shown again, and are never included in exported files.
      </p>
      <form noValidate onSubmit={(e) => void save(e)}>
        {FIELDS.map((field) => {
          const error = problems[field.name as keyof LrsConfigProblems];
          const secretSaved = saved !== null && (field.name === 'key' || field.name === 'secret');
          const fieldId = `${id}-${field.name}`;
          return (
            <div className="field" key={field.name}>
              <label htmlFor={fieldId}>{field.label}</label>
              <input
                id={fieldId}
                name={field.name}
                type={field.type}
                value={draft[field.name]}
                placeholder={secretSaved ? 'saved — replace' : undefined}
                autoComplete={field.autoComplete}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${fieldId}-hint`}
                onChange={(e) => change({ [field.name]: e.target.value })}
              />
              <span id={`${fieldId}-hint`} className={error ? 'field-error' : 'muted'}>
                {error ?? (secretSaved ? SAVED_HINT : field.hint)}
              </span>
            </div>
          );
        })}
        <RadioGroup legend="Kind of credential" value={draft.kind} options={KIND_OPTIONS} onChange={(kind) => change({ kind })} />
        <div className="field-row">
          <button type="submit" className="button button-primary">
            Save
          </button>
          <button type="button" className="button" disabled={testing} onClick={() => void test()}>
            Test connection
          </button>
          {saved && (
            <button type="button" className="button" onClick={() => void remove()}>
              Remove
            </button>
          )}
        </div>
      </form>
      <p id={`${id}-status`} role="status" className="field-status">
        {message}
      </p>
      {(saved || launch) && (
        <>
          <h3>Sending</h3>
          <SyncStatusList status={status} />
        </>
      )}
    </section>
  );
}
