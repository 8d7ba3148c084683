import { useId } from 'react';
import { VolumeSlider } from '../audio/volume-slider';
import { useAppData } from '../data/app-data-context';

function SpeakerIcon({ muted }: { muted: boolean }) {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      {muted ? (
        <path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}

/** The visible mute toggle and volume slider; both persist in settings. */
export function SoundControls() {
  const { settings, updateSettings } = useAppData();
  const volumeId = useId();
  return (
    <div className="sound-controls">
      <button
        type="button"
        className="button button-small"
        aria-pressed={settings.muted}
        onClick={() => void updateSettings({ muted: !settings.muted })}
      >
        <SpeakerIcon muted={settings.muted} />
        <span className="sound-label">Mute</span>
      </button>
      <label className="volume" htmlFor={volumeId}>
        <span className="visually-hidden">Volume</span>
        <VolumeSlider id={volumeId} volume={settings.volume} onChange={(volume) => void updateSettings({ volume })} />
      </label>
    </div>
  );
}
