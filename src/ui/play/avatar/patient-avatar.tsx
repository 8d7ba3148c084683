import type { AvatarHints, Expression } from '../../../engine/trainee';
import { lookFor } from './avatar-palette';
import { browPath, EXPRESSION_WORDS, FEATURES, mouthPath } from './expression-features';
import { HairBack, HairFront } from './hair-shapes';

interface Props {
  name: string;
  hints?: AvatarHints;
  expression: Expression;
  /** Pixel size of the square drawing. */
  size?: number;
}

/**
 * An illustrated, non-photographic patient. Brows, eyes, mouth, posture and
 * cheek colour follow the expression. The change is a CSS transition on each
 * part (`.avatar-part`, base.css), instant under reduced motion; browsers that
 * cannot transition a path's shape (Safari) switch it at once.
 */
export function PatientAvatar({ name, hints, expression, size = 180 }: Props) {
  const look = lookFor(name, hints);
  const f = FEATURES[expression];
  const eyeWhite = '#fbfaf7';
  const ink = '#2a2522';

  return (
    <svg
      className="patient-avatar"
      viewBox="0 0 200 200"
      width={size}
      height={size}
      role="img"
      aria-label={`Illustration of ${name}, looking ${EXPRESSION_WORDS[expression]}`}
      data-expression={expression}
    >
      <circle cx="100" cy="100" r="98" className="patient-avatar-backdrop" />
      <g className="avatar-part" style={{ transform: `translateY(${f.shoulders * -0.6}px)` }}>
        <path d="M 34 204 Q 38 150 100 146 Q 162 150 166 204 Z" fill={look.shirt} />
        <rect x="88" y="122" width="24" height="30" rx="8" fill={look.skin.shade} />
      </g>
      <g className="avatar-part avatar-head" style={{ transform: `translateY(${f.headY}px) rotate(${f.headTilt}deg)` }}>
        <HairBack look={look} />
        <ellipse cx="63" cy="94" rx="6" ry="9" fill={look.skin.shade} />
        <ellipse cx="137" cy="94" rx="6" ry="9" fill={look.skin.shade} />
        <ellipse cx="100" cy="88" rx="37" ry="45" fill={look.skin.base} />
        {look.beard && (
          <path
            d="M 64 96 Q 66 136 100 138 Q 134 136 136 96 Q 130 112 118 110 Q 100 106 82 110 Q 70 112 64 96 Z"
            fill={look.hairColour}
            opacity="0.9"
          />
        )}
        {[80, 120].map((cx) => (
          <circle key={cx} className="avatar-part" cx={cx} cy="106" r="8" fill={f.blush.colour} opacity={f.blush.opacity} />
        ))}
        {[86, 114].map((cx) => (
          <g key={cx}>
            <ellipse className="avatar-part" cx={cx} cy="90" rx="6.5" ry={f.eyeOpen} fill={eyeWhite} />
            <circle cx={cx} cy="90" r="2.6" fill={ink} />
          </g>
        ))}
        {(['left', 'right'] as const).map((side) => (
          <path
            key={side}
            className="avatar-part"
            d={browPath(f, side)}
            stroke={look.hairStyle === 'hijab' || look.hairStyle === 'bald' ? ink : look.hairColour}
            strokeWidth="3.4"
            strokeLinecap="round"
            fill="none"
          />
        ))}
        <path
          d="M 100 94 Q 97 103 100 106 Q 103 106 104 104"
          stroke={look.skin.shade}
          strokeWidth="2.4"
          fill="none"
          strokeLinecap="round"
        />
        <path className="avatar-part" d={mouthPath(f)} stroke="#7a3f35" strokeWidth="3" strokeLinecap="round" fill="none" />
        <HairFront look={look} />
        {look.glasses && (
          <g stroke={ink} strokeWidth="2" fill="none" opacity="0.85">
            <rect x="74" y="81" width="24" height="18" rx="7" />
            <rect x="102" y="81" width="24" height="18" rx="7" />
            <path d="M 98 89 Q 100 87 102 89 M 74 88 L 64 86 M 126 88 L 136 86" />
          </g>
        )}
      </g>
    </svg>
  );
}
