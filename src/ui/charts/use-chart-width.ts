import { useCallback, useState, type RefCallback } from 'react';

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
      const measure = () => {
        const measured = Math.floor(element.clientWidth);
        if (measured > 0) setWidth(Math.max(min, measured));
      };
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      return () => observer.disconnect();
    },
    [min],
  );
  return [ref, width];
}
