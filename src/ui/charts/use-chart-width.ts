import { startTransition, useCallback, useState, type RefCallback } from 'react';

/**
 * The pixel width a chart's figure has, kept up to date as the layout changes.
 * Charts are drawn at that width (not scaled from a fixed viewBox), so their
 * 12 px labels stay 12 px on a 360 px phone. Where nothing can be measured
 * (jsdom, before layout) the chart uses `fallback`.
 */
export function useChartWidth(fallback: number, min = 260): [RefCallback<HTMLElement>, number] {
  const [width, setWidth] = useState(fallback);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return;
      // Read the width the observer hands over (its first report comes right
      // after layout) instead of asking for it here: reading clientWidth while
      // React commits forces a synchronous layout for every chart on the page.
      const observer = new ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        const measured = entry ? Math.floor(entry.contentRect.width) : 0;
        // A transition: when the page first lays out, every chart reports at
        // once, and redrawn together in one go they would block input.
        if (measured > 0) startTransition(() => setWidth(Math.max(min, measured)));
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [min],
  );
  return [ref, width];
}
