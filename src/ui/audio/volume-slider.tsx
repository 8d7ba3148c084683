/**
 * The volume as a range in whole percent, steps of five, for the play
 * toolbar and the settings page; settings keep it as a fraction (0 to 1).
 * The caller gives the id its label points at, so each label stays its own.
 */
export function VolumeSlider({ id, volume, onChange }: { id: string; volume: number; onChange: (volume: number) => void }) {
  const percent = Math.round(volume * 100);
  return (
    <input
      id={id}
      type="range"
      min={0}
      max={100}
      step={5}
      value={percent}
      aria-valuetext={`${percent}%`}
      onChange={(e) => onChange(Number(e.target.value) / 100)}
    />
  );
}
