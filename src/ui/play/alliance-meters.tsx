import { m } from 'motion/react';
import type { PatientState, StateEffects } from '../../engine';
import { useMotionTransition } from '../motion/use-reduce-motion';

interface Props {
  patient: PatientState;
  /** The last turn's change, shown as "up 8" / "down 12". */
  delta: StateEffects | null;
}

function FlameIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
      <path d="M12 2c1 4 5 6 5 11a5 5 0 0 1-10 0c0-2 1-3.5 2-4.5 0 2 1 3 2 3 0-4-1-6 1-9.5z" fill="currentColor" />
    </svg>
  );
}

function HandshakeIcon() {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24">
      <path
        d="M2 11l4-4 4 2 3-2 4 1 5 3-4 5-3 2-3-1-4-3-3 0z M8 13l3 3 M10 12l3 3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

function change(delta: number | undefined): string | null {
  if (!delta) return null;
  return delta > 0 ? `up ${delta}` : `down ${-delta}`;
}

function Meter({ kind, label, value, delta }: { kind: 'anger' | 'trust'; label: string; value: number; delta?: number }) {
  const transition = useMotionTransition(250);
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
        <m.div className="meter-fill" initial={false} animate={{ scaleX: value / 100 }} transition={transition} />
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
