import { useEffect } from 'react';
import { readyAnimate } from '../motion/lazy-animate';

const BAR_SECONDS = 0.45;
const STAGGER_SECONDS = 0.06;

/**
 * Bars grow from zero once, when the chart first draws, one after another
 * down the list, so the eye reads them in order. Under reduced motion, or
 * before motion has loaded, they are simply there.
 */
export function useGrowBars(chartId: string): void {
  useEffect(() => {
    const animate = readyAnimate();
    const svg = document.getElementById(chartId)?.closest('svg');
    if (!animate || !svg) return;
    const bars = [...svg.querySelectorAll<SVGRectElement>('.chart-bar')];
    const controls = bars.map((bar, i) =>
      animate(bar, { transform: ['scaleX(0)', 'scaleX(1)'] }, { duration: BAR_SECONDS, delay: i * STAGGER_SECONDS, ease: [0.2, 0, 0, 1] }),
    );
    return () => controls.forEach((control) => control.stop());
  }, [chartId]);
}
