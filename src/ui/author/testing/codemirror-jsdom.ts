/**
 * jsdom has no layout, so Range lacks the measuring methods CodeMirror calls
 * when it scrolls or draws the cursor. Empty rectangles are enough for tests
 * that only read the document and the diagnostics.
 */
export function installCodeMirrorShims(): void {
  const empty = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
  const list = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  if (!Range.prototype.getClientRects) Range.prototype.getClientRects = list;
  if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = empty;
}
