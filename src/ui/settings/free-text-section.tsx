import { useId } from 'react';
import { useAppData } from '../data/app-data-context';
import { RadioGroup } from './radio-group';

/** Free-text mode, and the program's switch for keeping typed words (with what is kept, and where). */
export function FreeTextSection() {
  const { settings, updateSettings } = useAppData();
  const keepId = useId();
  const storedId = useId();
  return (
    <section className="panel settings-section" aria-labelledby="free-text-settings-title">
      <h2 id="free-text-settings-title">Free-text mode</h2>
      <RadioGroup
        legend="Respond in your own words"
        value={settings.freeTextMode}
        onChange={(freeTextMode) => void updateSettings({ freeTextMode })}
        options={[
          { value: 'off', label: 'Off', hint: 'Choose from the written options.' },
          { value: 'ask', label: 'Ask at the start of each attempt' },
          {
            value: 'always',
            label: 'Always',
            hint: 'Type (or, where your browser can do it on the device, dictate) what you would say; the conversation goes on through the closest option.',
          },
        ]}
      />
      <div className="checkbox">
        <input
          id={keepId}
          type="checkbox"
          checked={settings.keepTypedWords}
          aria-describedby={storedId}
          onChange={(event) => void updateSettings({ keepTypedWords: event.target.checked })}
        />
        <label htmlFor={keepId}>Keep typed words</label>
      </div>
      <p id={storedId} className="muted">
        {settings.keepTypedWords
          ? 'Your typed words are kept with the attempt on this device, shown in its debrief, included when you export your attempts, and sent with each answer to your program’s learning record store if one is set up. They are read on this device only.'
          : 'Your typed words only choose the closest option and are then dropped. Only how they were read (the codes found) and the option chosen are kept on this device, exported and sent to your program’s learning record store.'}{' '}
        A new setting applies from the next conversation you start.
      </p>
    </section>
  );
}
