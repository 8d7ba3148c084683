import type { AvatarHints } from '../../../engine/trainee';

type SkinTone = NonNullable<AvatarHints['skinTone']>;

/** Skin fills, with a slightly deeper shade for the neck and ears. */
export const SKIN: Record<SkinTone, { base: string; shade: string }> = {
  light: { base: '#f3d6c1', shade: '#e2bea5' },
  'medium-light': { base: '#e2b38d', shade: '#cf9c75' },
  medium: { base: '#c68d62', shade: '#b07850' },
  'medium-dark': { base: '#98623f', shade: '#845334' },
  dark: { base: '#6a4229', shade: '#58361f' },
};

const HAIR_COLOURS = ['#2b211b', '#4a3124', '#1c1816', '#7a4a2a', '#a9834e'];
const GREY = '#a8a6a2';
const SHIRTS = ['#5d7f8c', '#7b6f93', '#8a6a55', '#4f7a64', '#8c5a66', '#56688f'];
const SCARVES = ['#5b6c8f', '#8a5a6b', '#4f7568', '#7d6a48'];

/** A stable small hash, so a persona always gets the same colours. */
function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length] as T;
}

export interface AvatarLook {
  skin: { base: string; shade: string };
  hairStyle: NonNullable<AvatarHints['hair']>;
  hairColour: string;
  shirt: string;
  scarf: string;
  glasses: boolean;
  beard: boolean;
}

/** Resolves the author's optional hints into concrete colours and shapes. */
export function lookFor(name: string, hints: AvatarHints = {}): AvatarLook {
  const seed = hash(name);
  const hairStyle = hints.hair ?? 'short';
  const grey = hairStyle === 'grey-short' || hairStyle === 'grey-long';
  return {
    skin: SKIN[hints.skinTone ?? 'medium-light'],
    hairStyle,
    hairColour: grey ? GREY : pick(HAIR_COLOURS, seed),
    shirt: pick(SHIRTS, seed >>> 3),
    scarf: pick(SCARVES, seed >>> 5),
    glasses: hints.glasses ?? false,
    beard: hints.beard ?? false,
  };
}
