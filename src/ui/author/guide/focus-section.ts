/** The DOM id of a guide heading: prefixed, as ids like `fields` or `endings` are common words. */
export const sectionDomId = (id: string) => `guide-${id}`;

/** Scrolls to a guide heading and focuses it, so keyboard and screen reader users start reading there; false if there is none. */
export function focusSection(id: string): boolean {
  const heading = document.getElementById(sectionDomId(id));
  heading?.focus();
  return heading !== null;
}
