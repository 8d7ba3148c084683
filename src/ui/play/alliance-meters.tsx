import type { PatientState, StateEffects } from '../../engine/trainee';
import { FlameIcon, HandshakeIcon } from '../charts/state-icons';

interface Props {
  patient: PatientState;
  /** The last turn's change, shown as "up 8" / "down 12". */
  delta: StateEffects | null;
}

function change(delta: number | undefined): string | null {
  if (!delta) return null;
  return delta > 0 ? `up ${delta}` : `down ${-delta}`;
}

function Meter({ kind, label, value, delta }: { kind: 'anger' | 'trust'; label: string; value: number; delta?: number }) {
  const moved = change(delta);
  return (
    <div className={`meter meter-${kind}`}>
      <p className="meter-head">
        {kind === 'anger' ? <FlameIcon /> : <HandshakeIcon />}
        <span className="meter-label">{label}</span>
        <span className="meter-value">
          {value}
          <span className="meter-scale"> / 100</span>
        </span>
        {moved && <span className="meter-delta">({moved})</span>}
      </p>
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ transform: `scaleX(${value / 100})` }} />
      </div>
    </div>
  );
}

/** Coach mode's view of the patient: anger and trust, each with its own hue, icon, pattern and number. */
export function AllianceMeters({ patient, delta }: Props) {
  return (
    <section className="meters" aria-labelledby="meters-title">
      <h2 id="meters-title" className="meters-title">
        Coach view
      </h2>
      <Meter kind="anger" label="Anger" value={patient.anger} delta={delta?.anger} />
      <Meter kind="trust" label="Trust" value={patient.trust} delta={delta?.trust} />
    </section>
  );
}
