/** The app's hash routes (see contract). Hash routing lets the static build run from any folder or a SCORM package. */
export type Route =
  | { name: 'library' }
  | { name: 'play'; scenarioId: string }
  | { name: 'debrief'; attemptId: string }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'dashboard' }
  | { name: 'author' }
  | { name: 'not-found'; path: string };

/** Turns `location.hash` into a route; unknown paths become `not-found` rather than throwing. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const [head = '', ...rest] = path.split('/');
  const param = rest.length === 1 && rest[0] ? safeDecode(rest[0]) : null;
  switch (head) {
    case '':
      return { name: 'library' };
    case 'play':
      return param ? { name: 'play', scenarioId: param } : { name: 'not-found', path };
    case 'debrief':
      return param ? { name: 'debrief', attemptId: param } : { name: 'not-found', path };
    case 'history':
    case 'settings':
    case 'dashboard':
    case 'author':
      return rest.length === 0 ? { name: head } : { name: 'not-found', path };
    default:
      return { name: 'not-found', path };
  }
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The hash for a route, for links: `<a href={hrefFor(...)}>`. */
export function hrefFor(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'play':
      return `#/play/${encodeURIComponent(route.scenarioId)}`;
    case 'debrief':
      return `#/debrief/${encodeURIComponent(route.attemptId)}`;
    default:
      return `#/${route.name}`;
  }
}

/** Navigates; `replace` keeps the current entry out of history (e.g. an ended play screen). */
export function navigate(hash: string, { replace = false } = {}): void {
  if (replace) {
    history.replaceState(history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
