/**
 * The files each screen needs before it can draw, beyond the main bundle.
 * The build writes them into index.html (src/build/route-files-plugin.ts)
 * and src/route-preload.ts asks for them as the page opens.
 */
export interface RouteFiles {
  /** Storage's code: every screen but the library reads records before it draws. */
  storage: string[];
  /** Each screen's code, with its styles. */
  screens: { play: string[]; debrief: string[]; history: string[] };
  /** Per scenario id: the play screen's copy and the whole scenario (the debrief's). */
  scenarios: Record<string, { play: string; whole: string }>;
}

const isFileList = (value: unknown): value is string[] => Array.isArray(value) && value.every((file) => typeof file === 'string');
const isScenarioFiles = (value: unknown): value is { play: string; whole: string } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { play?: unknown }).play === 'string' &&
  typeof (value as { whole?: unknown }).whole === 'string';

/** The lists as index.html holds them, or null if they are missing or not in this shape (the screens then load as before). */
export function readRouteFiles(text: string | null | undefined): RouteFiles | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const candidate = value as Partial<RouteFiles> | null;
  const screens = candidate?.screens;
  if (!candidate || !isFileList(candidate.storage) || !screens) return null;
  if (!isFileList(screens.play) || !isFileList(screens.debrief) || !isFileList(screens.history)) return null;
  if (typeof candidate.scenarios !== 'object' || candidate.scenarios === null || !Object.values(candidate.scenarios).every(isScenarioFiles))
    return null;
  return candidate as RouteFiles;
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/**
 * The files the screen at `hash` needs first, read from the address as
 * parseRoute reads it (route-files.test.ts holds the two together), for the
 * three screens that read records: play, a debrief, the history. None for
 * the library (its first screen is in the main bundle) or any other page.
 */
export function filesForAddress(hash: string, files: RouteFiles): string[] {
  const raw = hash.replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const query = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const path = (queryAt === -1 ? raw : raw.slice(0, queryAt)).replace(/^\/+/, '').replace(/\/+$/, '');
  const [head, ...rest] = path.split('/');
  const param = rest.length === 1 && rest[0] ? decode(rest[0]) : null;
  const scenario = (id: string | null) => (id && Object.hasOwn(files.scenarios, id) ? files.scenarios[id] : undefined);
  if (head === 'play' && param) {
    const play = scenario(param)?.play;
    return [...files.storage, ...files.screens.play, ...(play ? [play] : [])];
  }
  if (head === 'debrief' && param) {
    const whole = scenario(new URLSearchParams(query).get('scenario'))?.whole;
    return [...files.storage, ...files.screens.debrief, ...(whole ? [whole] : [])];
  }
  if (head === 'history' && rest.length === 0) return [...files.storage, ...files.screens.history];
  return [];
}
