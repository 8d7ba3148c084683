/**
 * Whether the trainee on this browser has opened a scenario before, kept in
 * localStorage. The library paints before storage has loaded; this hint lets
 * that first paint already include (or leave out) the welcome panel, so the
 * page does not shift when the records arrive. Only a layout hint: once the
 * records are read, they decide.
 */
const KEY = 'common-ground.library.practised';

export function likelyPractised(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * No hint at all: the app has not run in this browser before (or its site
 * data was cleared), so the first start is about to ask for a name.
 */
export function likelyFirstVisit(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === null;
  } catch {
    return false;
  }
}

export function rememberPractised(practised: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, practised ? '1' : '0');
  } catch {
    // Storage blocked: the library just cannot guess before records load.
  }
}
