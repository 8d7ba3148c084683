/** The SCORM 1.2 runtime API (window.API). */
export interface Scorm12Api {
  LMSInitialize: (arg: '') => string | boolean;
  LMSFinish: (arg: '') => string | boolean;
  LMSGetValue: (element: string) => string;
  LMSSetValue: (element: string, value: string) => string | boolean;
  LMSCommit: (arg: '') => string | boolean;
  LMSGetLastError: () => string | number;
}

/** The SCORM 2004 runtime API (window.API_1484_11). */
export interface Scorm2004Api {
  Initialize: (arg: '') => string | boolean;
  Terminate: (arg: '') => string | boolean;
  GetValue: (element: string) => string;
  SetValue: (element: string, value: string) => string | boolean;
  Commit: (arg: '') => string | boolean;
  GetLastError: () => string | number;
}

export type FoundApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

/** The ADL search gives up after this many parents (real LMSs nest a few frames deep). */
const MAX_PARENTS = 7;

type Win = Window & { API?: Scorm12Api; API_1484_11?: Scorm2004Api };

/** Reads a frame's property; another origin's frame throws, which just means "not here". */
function peek<K extends 'API' | 'API_1484_11'>(win: Win, name: K): Win[K] | undefined {
  try {
    return win[name] ?? undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: Win): Win | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

/** ADL's algorithm: this window, then up the parent chain (at most 7 levels). */
function searchUp<K extends 'API' | 'API_1484_11'>(start: Win, name: K): NonNullable<Win[K]> | null {
  let win: Win | null = start;
  for (let depth = 0; win && depth <= MAX_PARENTS; depth++) {
    const found = peek(win, name);
    if (found) return found;
    win = parentOf(win);
  }
  return null;
}

function search<K extends 'API' | 'API_1484_11'>(start: Win, name: K): NonNullable<Win[K]> | null {
  const found = searchUp(start, name);
  if (found) return found;
  // Launched in a new window: look from the window that opened it.
  let opener: Win | null = null;
  try {
    opener = (start.opener as Win | null) ?? null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener, name) : null;
}

/** The LMS's runtime API, SCORM 2004 preferred, or null when there is no LMS around us. */
export function findLmsApi(start: Window = window): FoundApi | null {
  const win = start as Win;
  const api2004 = search(win, 'API_1484_11');
  if (api2004) return { version: '2004', api: api2004 };
  const api12 = search(win, 'API');
  return api12 ? { version: '1.2', api: api12 } : null;
}
