import { domMin } from 'motion/react';

/**
 * Loaded lazily by <LazyMotion> so animation code is not on the first-load
 * path. domMin (animations only) suffices: hover, tap and focus styling is CSS.
 */
export default domMin;
