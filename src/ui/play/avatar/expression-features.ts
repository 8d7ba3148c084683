import type { Expression } from '../../../engine/trainee';

/** Face geometry for one expression. Paths keep the same commands so they can morph. */
export interface Features {
  /** Outer and inner brow heights, and how much the brow arches. */
  brow: { outer: number; inner: number; arch: number };
  /** Vertical radius of the eye whites: narrowed when angry, wide when distressed. */
  eyeOpen: number;
  /** Mouth corners' height and the mid-point's: mid below corners is a smile. */
  mouth: { corner: number; mid: number; halfWidth: number };
  blush: { colour: string; opacity: number };
  /** Posture: head drop and tilt, raised shoulders. */
  headY: number;
  headTilt: number;
  shoulders: number;
}

const WARM_BLUSH = '#e58f8f';
const HEAT_BLUSH = '#d4553f';

export const FEATURES: Record<Expression, Features> = {
  calm: {
    brow: { outer: 75, inner: 74, arch: -3 },
    eyeOpen: 5,
    mouth: { corner: 115, mid: 118, halfWidth: 12 },
    blush: { colour: WARM_BLUSH, opacity: 0.12 },
    headY: 0,
    headTilt: 0,
    shoulders: 0,
  },
  warm: {
    brow: { outer: 74, inner: 72, arch: -4 },
    eyeOpen: 4.2,
    mouth: { corner: 113, mid: 122, halfWidth: 14 },
    blush: { colour: WARM_BLUSH, opacity: 0.4 },
    headY: 0,
    headTilt: -2,
    shoulders: 0,
  },
  relieved: {
    brow: { outer: 75, inner: 71, arch: -3 },
    eyeOpen: 4,
    mouth: { corner: 114, mid: 120, halfWidth: 13 },
    blush: { colour: WARM_BLUSH, opacity: 0.3 },
    headY: 1,
    headTilt: 2,
    shoulders: 2,
  },
  guarded: {
    brow: { outer: 76, inner: 77, arch: -1 },
    eyeOpen: 3.8,
    mouth: { corner: 117, mid: 117, halfWidth: 10 },
    blush: { colour: WARM_BLUSH, opacity: 0 },
    headY: 1,
    headTilt: -3,
    shoulders: -3,
  },
  distressed: {
    brow: { outer: 77, inner: 70, arch: -1 },
    eyeOpen: 5.6,
    mouth: { corner: 119, mid: 115, halfWidth: 10 },
    blush: { colour: WARM_BLUSH, opacity: 0.2 },
    headY: 4,
    headTilt: 4,
    shoulders: -2,
  },
  irritated: {
    brow: { outer: 74, inner: 78, arch: 0 },
    eyeOpen: 4,
    mouth: { corner: 118, mid: 116, halfWidth: 11 },
    blush: { colour: HEAT_BLUSH, opacity: 0.22 },
    headY: 0,
    headTilt: -1,
    shoulders: -3,
  },
  angry: {
    brow: { outer: 72, inner: 81, arch: 1 },
    eyeOpen: 3.4,
    mouth: { corner: 119, mid: 114, halfWidth: 12 },
    blush: { colour: HEAT_BLUSH, opacity: 0.42 },
    headY: -1,
    headTilt: 0,
    shoulders: -5,
  },
  hostile: {
    brow: { outer: 70, inner: 83, arch: 2 },
    eyeOpen: 2.8,
    mouth: { corner: 120, mid: 113, halfWidth: 13 },
    blush: { colour: HEAT_BLUSH, opacity: 0.6 },
    headY: -2,
    headTilt: 1,
    shoulders: -6,
  },
};

/** Left brow from outer to inner end; the right brow mirrors it around x = 100. */
export function browPath(f: Features, side: 'left' | 'right'): string {
  const { outer, inner, arch } = f.brow;
  const [xo, xc, xi] = side === 'left' ? [72, 80, 92] : [128, 120, 108];
  const mid = (outer + inner) / 2 + arch;
  return `M ${xo} ${outer} Q ${xc} ${mid} ${xi} ${inner}`;
}

export function mouthPath(f: Features): string {
  const { corner, mid, halfWidth } = f.mouth;
  return `M ${100 - halfWidth} ${corner} Q 100 ${mid * 2 - corner} ${100 + halfWidth} ${corner}`;
}

/** Words for the picture, for screen readers and the caption. */
export const EXPRESSION_WORDS: Record<Expression, string> = {
  calm: 'calm',
  warm: 'warm and open',
  relieved: 'relieved',
  guarded: 'guarded',
  distressed: 'distressed',
  irritated: 'irritated',
  angry: 'angry',
  hostile: 'hostile',
};
