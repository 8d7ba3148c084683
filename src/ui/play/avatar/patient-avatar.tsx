import { m } from 'motion/react';
import type { AvatarHints, Expression } from '../../../engine/trainee';
import { useMotionTransition } from '../../motion/use-reduce-motion';
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
 * cheek colour follow the expression; the change eases over 200 ms, or is
 * instant under reduced motion.
 */
export function PatientAvatar({ name, hints, expression, size = 180 }: Props) {
  const look = lookFor(name, hints);
  const f = FEATURES[expression];
  const transition = useMotionTransition(220);
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
      <m.g initial={false} animate={{ y: f.shoulders * -0.6 }} transition={transition}>
        <path d="M 34 204 Q 38 150 100 146 Q 162 150 166 204 Z" fill={look.shirt} />
        <rect x="88" y="122" width="24" height="30" rx="8" fill={look.skin.shade} />
      </m.g>
      <m.g
        initial={false}
        animate={{ y: f.headY, rotate: f.headTilt }}
        transition={transition}
        style={{ originX: '100px', originY: '130px' }}
      >
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
          <m.circle
            key={cx}
            cx={cx}
            cy="106"
            r="8"
            initial={false}
            animate={{ fill: f.blush.colour, opacity: f.blush.opacity }}
            transition={transition}
          />
        ))}
        {[86, 114].map((cx) => (
          <g key={cx}>
            <m.ellipse cx={cx} cy="90" rx="6.5" initial={false} animate={{ ry: f.eyeOpen }} transition={transition} fill={eyeWhite} />
            <circle cx={cx} cy="90" r="2.6" fill={ink} />
          </g>
        ))}
        {(['left', 'right'] as const).map((side) => (
          <m.path
            key={side}
            initial={false}
            animate={{ d: browPath(f, side) }}
            transition={transition}
            stroke={look.hairStyle === 'hijab' || look.hairStyle === 'bald' ? ink : look.hairColour}
            strokeWidth="3.4"
            strokeLinecap="round"
            fill="none"
          />
        ))}
        <path d="M 100 94 Q 97 103 100 106 Q 103 106 104 104" stroke={look.skin.shade} strokeWidth="2.4" fill="none" strokeLinecap="round" />
        <m.path
          initial={false}
          animate={{ d: mouthPath(f) }}
          transition={transition}
          stroke="#7a3f35"
          strokeWidth="3"
          strokeLinecap="round"
          fill="none"
        />
        <HairFront look={look} />
        {look.glasses && (
          <g stroke={ink} strokeWidth="2" fill="none" opacity="0.85">
            <rect x="74" y="81" width="24" height="18" rx="7" />
            <rect x="102" y="81" width="24" height="18" rx="7" />
            <path d="M 98 89 Q 100 87 102 89 M 74 88 L 64 86 M 126 88 L 136 86" />
          </g>
        )}
      </m.g>
    </svg>
  );
}
