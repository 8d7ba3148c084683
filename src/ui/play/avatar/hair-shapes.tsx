import type { AvatarLook } from './avatar-palette';

/** Hair drawn behind the head (long hair, buns, the hijab's drape). */
export function HairBack({ look }: { look: AvatarLook }) {
  const { hairStyle, hairColour, scarf } = look;
  switch (hairStyle) {
    case 'long':
    case 'grey-long':
      return <path d="M 58 86 Q 56 40 100 36 Q 144 40 142 86 L 146 150 Q 100 160 54 150 Z" fill={hairColour} />;
    case 'bun':
      return <circle cx="100" cy="36" r="15" fill={hairColour} />;
    case 'hijab':
      return <path d="M 52 92 Q 50 34 100 32 Q 150 34 148 92 L 156 168 Q 100 182 44 168 Z" fill={scarf} />;
    default:
      return null;
  }
}

/** Hair drawn over the forehead. */
export function HairFront({ look }: { look: AvatarLook }) {
  const { hairStyle, hairColour, scarf } = look;
  switch (hairStyle) {
    case 'bald':
      return <path d="M 64 92 Q 62 80 66 72 L 68 92 Z M 136 92 Q 138 80 134 72 L 132 92 Z" fill={hairColour} opacity="0.8" />;
    case 'curly':
      return (
        <g fill={hairColour}>
          {[66, 78, 91, 104, 117, 130].map((x, i) => (
            <circle key={x} cx={x + 2} cy={i % 2 === 0 ? 52 : 46} r="12" />
          ))}
          <circle cx="64" cy="66" r="9" />
          <circle cx="136" cy="66" r="9" />
        </g>
      );
    case 'hijab':
      return <path d="M 62 88 Q 60 46 100 44 Q 140 46 138 88 Q 132 58 100 56 Q 68 58 62 88 Z" fill={scarf} />;
    default:
      return <path d="M 63 84 Q 58 42 100 40 Q 142 42 137 84 Q 132 60 112 58 Q 96 64 80 60 Q 68 64 63 84 Z" fill={hairColour} />;
  }
}
