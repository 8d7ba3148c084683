/** Anger's icon: a flame (paired with its own hue, so colour is never the only cue). */
export function FlameIcon({ size = 18 }: { size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" className="state-icon">
      <path d="M12 2c1 4 5 6 5 11a5 5 0 0 1-10 0c0-2 1-3.5 2-4.5 0 2 1 3 2 3 0-4-1-6 1-9.5z" fill="currentColor" />
    </svg>
  );
}

/** Trust's icon: a handshake. */
export function HandshakeIcon({ size = 18 }: { size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 24 24" className="state-icon">
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
