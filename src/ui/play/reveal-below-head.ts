/** Room left under the responses, so the last one does not touch the screen's edge. */
const BOTTOM_GAP_PX = 8;

/**
 * Scrolls the page just enough that `element` is fully on screen below the
 * play screen's head (pinned to the top on a phone), bottom edge first: the
 * responses then sit at the bottom of the screen with the latest patient
 * line above them. Nothing moves if the element is already in view; if it
 * is taller than the room, its top stays visible.
 */
export function revealBelowHead(element: HTMLElement): void {
  const head = document.querySelector<HTMLElement>('.play-head');
  const style = head ? getComputedStyle(head) : null;
  // Where the head's bottom edge sits once pinned (before the page scrolls, it sits lower, under the site header).
  const pinned = head && style?.position === 'sticky' ? (parseFloat(style.top) || 0) + head.offsetHeight : 0;
  const box = element.getBoundingClientRect();
  const below = Math.ceil(box.bottom + BOTTOM_GAP_PX - window.innerHeight);
  const above = Math.ceil(pinned - box.top);
  if (below > 0) window.scrollBy({ top: Math.min(below, -above) });
  else if (above > 0) window.scrollBy({ top: -above });
}
