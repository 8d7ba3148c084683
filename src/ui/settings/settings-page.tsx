import './settings.css';
import { useId } from 'react';
import type { Settings } from '../../storage/storage.types';
import { PageHeading } from '../common/page-heading';
import { VolumeSlider } from '../audio/volume-slider';
import { useAppData } from '../data/app-data-context';
import { EraseSection } from './erase-section';
import { FreeTextSection } from './free-text-section';
import { LrsSettingsSection } from './lrs-settings-section';
import { PinSection } from './pin-section';
import { ProfileSection } from './profile-section';
import { RadioGroup } from './radio-group';

/** #/settings: every choice applies at once and is kept on this device. */
export function SettingsPage() {
  const { settings, updateSettings } = useAppData();
  const set = (patch: Partial<Settings>) => void updateSettings(patch);
  const volumeId = useId();

  return (
    <div className="settings">
      <PageHeading>Settings</PageHeading>
      <p className="muted">Changes are saved as you make them.</p>
      <ProfileSection />
      <PinSection />

      <section className="panel settings-section" aria-labelledby="conversation-settings-title">
        <h2 id="conversation-settings-title">Conversations</h2>
        <RadioGroup
          legend="Mode"
          value={settings.mode}
          onChange={(mode) => set({ mode })}
          options={[
            { value: 'coach', label: 'Coach', hint: 'Shows the patient’s anger and trust as meters while you talk.' },
            { value: 'realistic', label: 'Realistic', hint: 'Hides the meters: read the patient as you would in clinic.' },
          ]}
        />
        <RadioGroup
          legend="Response time limits"
          value={settings.timeLimitFactor}
          onChange={(timeLimitFactor) => set({ timeLimitFactor })}
          options={[
            { value: 1, label: 'Standard', hint: 'Some moments give you a limited time to answer, as in clinic.' },
            { value: 2, label: 'Twice as long' },
            { value: 4, label: 'Four times as long' },
            { value: null, label: 'No time limits' },
          ]}
        />
        <p className="muted">A new time-limit setting applies from the next conversation you start.</p>
      </section>

      <FreeTextSection />

      <section className="panel settings-section" aria-labelledby="sound-settings-title">
        <h2 id="sound-settings-title">Sound</h2>
        <div className="field">
          <label htmlFor={volumeId}>Volume: {Math.round(settings.volume * 100)}%</label>
          <VolumeSlider id={volumeId} volume={settings.volume} onChange={(volume) => set({ volume })} />
        </div>
        <Checkbox label="Mute all sound" checked={settings.muted} onChange={(muted) => set({ muted })} />
        <Checkbox label="Clinic room tone during conversations" checked={settings.ambient} onChange={(ambient) => set({ ambient })} />
        <Checkbox
          label="Read patient lines aloud when there is no recording (speech synthesis)"
          checked={settings.speechSynthesis}
          onChange={(speechSynthesis) => set({ speechSynthesis })}
        />
        <p className="muted">
          Every line is always shown as text. The patients’ voices are synthetic: a computer speaks them (the Festival and eSpeak NG speech
          synthesisers), not an actor.
        </p>
      </section>

      <section className="panel settings-section" aria-labelledby="motion-settings-title">
        <h2 id="motion-settings-title">Motion</h2>
        <RadioGroup
          legend="Animation"
          value={settings.reducedMotion}
          onChange={(reducedMotion) => set({ reducedMotion })}
          options={[
            { value: 'system', label: 'Follow my device setting' },
            { value: 'reduce', label: 'Reduce motion', hint: 'Changes happen instantly.' },
            { value: 'no-preference', label: 'Allow motion' },
          ]}
        />
      </section>

      <LrsSettingsSection />
      <EraseSection />
    </div>
  );
}

function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
