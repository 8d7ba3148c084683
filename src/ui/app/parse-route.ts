/** The app's hash routes (see contract). Hash routing lets the static build run from any folder or a SCORM package. */
export type Route =
  | { name: 'library' }
  /** `from`: "try again from this decision" — start a new attempt at a saved attempt's checkpoint. */
  | { name: 'play'; scenarioId: string; from?: PlayFrom }
  /**
   * `scenarioId`: a hint only (the saved attempt says which scenario it is), so a
   * debrief opened from a link can start downloading its scenario at once.
   */
  | { name: 'debrief'; attemptId: string; scenarioId?: string }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'dashboard' }
  /** `guide`: the authoring guide is open over the editor, at `section` (a heading id) if given. */
  | { name: 'author'; guide?: { section: string | null } }
  | { name: 'privacy' }
  /** `pack`: a scenario pack's address on this app's own site, to fetch and add. */
  | { name: 'add'; pack?: string }
  | { name: 'not-found'; path: string };

/** A decision of a saved attempt to start again from: `#/play/<id>?from=<attemptId>:<turn>`. */
export interface PlayFrom {
  attemptId: string;
  /** 0-based decision index (the checkpoint's index). */
  turn: number;
}

/** Reads `from=<attemptId>:<turn>` from a route's query, if well formed. */
function parseFrom(query: string): PlayFrom | undefined {
  const match = /^(.+):(\d+)$/.exec(new URLSearchParams(query).get('from') ?? '');
  return match?.[1] && match[2] ? { attemptId: match[1], turn: Number(match[2]) } : undefined;
}

/** Turns `location.hash` into a route; unknown paths become `not-found` rather than throwing. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const path = (queryAt === -1 ? raw : raw.slice(0, queryAt)).replace(/^\/+/, '').replace(/\/+$/, '');
  const [head = '', ...rest] = path.split('/');
  const param = rest.length === 1 && rest[0] ? safeDecode(rest[0]) : null;
  switch (head) {
    case '':
      return { name: 'library' };
    case 'play': {
      if (!param) return { name: 'not-found', path };
      const from = parseFrom(query);
      return from ? { name: 'play', scenarioId: param, from } : { name: 'play', scenarioId: param };
    }
    case 'debrief': {
      if (!param) return { name: 'not-found', path };
      const scenarioId = new URLSearchParams(query).get('scenario');
      return scenarioId ? { name: 'debrief', attemptId: param, scenarioId } : { name: 'debrief', attemptId: param };
    }
    case 'author':
      if (rest[0] === 'guide' && rest.length <= 2) {
        const section = rest[1] ? safeDecode(rest[1]) : null;
        return rest[1] && !section ? { name: 'not-found', path } : { name: 'author', guide: { section } };
      }
      return rest.length === 0 ? { name: head } : { name: 'not-found', path };
    case 'add': {
      if (rest.length > 0) return { name: 'not-found', path };
      const pack = new URLSearchParams(query).get('pack');
      return pack ? { name: 'add', pack } : { name: 'add' };
    }
    case 'history':
    case 'settings':
    case 'dashboard':
    case 'privacy':
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
      return `#/play/${encodeURIComponent(route.scenarioId)}${
        route.from ? `?from=${encodeURIComponent(route.from.attemptId)}:${route.from.turn}` : ''
      }`;
    case 'debrief':
      return `#/debrief/${encodeURIComponent(route.attemptId)}${
        route.scenarioId ? `?scenario=${encodeURIComponent(route.scenarioId)}` : ''
      }`;
    case 'author':
      if (!route.guide) return '#/author';
      return route.guide.section ? `#/author/guide/${encodeURIComponent(route.guide.section)}` : '#/author/guide';
    case 'add':
      return route.pack ? `#/add?pack=${encodeURIComponent(route.pack)}` : '#/add';
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
