import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Viewport } from './visible-items';

/** Used before layout has been measured (and in jsdom, which measures nothing). */
const FALLBACK = { width: 1200, height: 480 };

/** The scroll container's visible rectangle, updated on scroll (once per frame) and resize. */
export function useViewport(ref: RefObject<HTMLElement | null>): [Viewport, () => void] {
  const [viewport, setViewport] = useState<Viewport>({ left: 0, top: 0, ...FALLBACK });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    setViewport((old) => {
      const next = {
        left: el.scrollLeft,
        top: el.scrollTop,
        width: el.clientWidth || FALLBACK.width,
        height: el.clientHeight || FALLBACK.height,
      };
      return old.left === next.left && old.top === next.top && old.width === next.width && old.height === next.height ? old : next;
    });
  }, [ref]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    measure();
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [ref, measure]);

  return [viewport, measure];
}
