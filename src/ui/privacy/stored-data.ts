import type { TableName } from '../../storage/backend/backend.types';

/** One kind of record this browser keeps, in the words the Privacy page and the README use. */
export interface StoredKind {
  title: string;
  what: string;
  howLong: string;
  /** Where a web-storage entry lives: localStorage unless said (sessionStorage lasts only as long as the tab). */
  area?: 'sessionStorage';
}

/**
 * Every IndexedDB table, keyed by its name: a table added to the schema
 * without an entry here fails to compile (the key type) and fails
 * stored-data.test.ts (the declared schema).
 */
export const STORED_TABLES: Record<TableName, StoredKind> = {
  profiles: {
    title: 'Profiles',
    what: 'Each trainee’s display name, the program ID if one was entered, when the profile was made, and, if a PIN is set, a salted hash of it (never the PIN itself).',
    howLong: 'Until the profile is erased.',
  },
  attempts: {
    title: 'Finished attempts',
    what: 'For every conversation finished or left: the scenario, each response chosen (the transcript), how the patient reacted, the score card and debrief, the start and finish times, and the checkpoints used for “try again from this decision”.',
    howLong: 'Until erased.',
  },
  inProgress: {
    title: 'Conversations in progress',
    what: 'Where an unfinished conversation stands, saved after every turn so a reload can resume it.',
    howLong: 'Until the conversation is finished or left, or erased.',
  },
  settings: {
    title: 'Settings',
    what: 'The active profile, mode, time limits, sound and motion choices, and, if your program set one up, the Learning Record Store (LRS) address and its key and secret.',
    howLong: 'Until changed or erased.',
  },
  drafts: {
    title: 'Scenario drafts',
    what: 'Scenario files being written on the Author page, saved as the author types.',
    howLong: 'Until deleted on the Author page, or erased.',
  },
  packScenarios: {
    title: 'Scenarios added from packs',
    what: 'Scenarios your instructor published as a pack and you added on the Add scenarios page, as this app checked them, with the pack’s name and date. A replaced version is kept so attempts played with it can still be re-checked.',
    howLong: 'Until removed from the library, or erased.',
  },
  packClips: {
    title: 'Voice clips added from packs',
    what: 'The recorded patient lines that came in a pack with its scenarios, so they play offline. Only the clips of the version the library lists are kept.',
    howLong: 'Until the scenario is removed from the library or replaced by a newer version, or erased.',
  },
  outbox: {
    title: 'The outbox',
    what: 'Learning records (xAPI statements) waiting to be sent to your program’s LRS: the same facts as the attempt, under your pseudonymous account.',
    howLong: 'Until the LRS confirms it has them; records the LRS refused stay, so an instructor can see why, until erased.',
  },
};

/**
 * localStorage entries, keyed by their key: small hints the app needs before
 * IndexedDB has opened. stored-data.test.ts fails when code uses a key not listed.
 */
export const STORED_LOCAL_KEYS: Record<string, StoredKind> = {
  'common-ground.library.practised': {
    title: 'Practised before',
    what: 'Whether anyone on this browser has opened a scenario, so the library can lay out its first screen before the records load.',
    howLong: 'Until erased.',
  },
  'common-ground.cmi5-session': {
    title: 'This cmi5 session',
    what: 'When an LMS launched the app as a cmi5 course: the session’s one-time access to your course’s record store and how far the session has reported, for this tab only, so a reload carries on.',
    howLong: 'Until the tab is closed, or everything is erased.',
    area: 'sessionStorage',
  },
  'common-ground.lrs-timeout-ms': {
    title: 'LRS waiting time',
    what: 'How long to wait for the Learning Record Store before giving up, if a support person shortened it for this browser. Only a number of milliseconds.',
    howLong: 'Until erased.',
  },
  'common-ground.xapi-launch': {
    title: 'This launch’s LRS access',
    what: 'When an LMS or a program’s link launched the app with Learning Record Store access for one learner: the LRS address, that access and the learner’s pseudonymous name, for this tab only, never in the database.',
    howLong: 'Until the tab is closed, or everything is erased.',
    area: 'sessionStorage',
  },
  'common-ground.xapi-sync': {
    title: 'Last send to the LRS',
    what: 'When learning records were last sent, and the last problem sending them, in words. No credentials.',
    howLong: 'Until erased.',
  },
};

/** The prefix every localStorage key of the app starts with, so erasing can find them all. */
export const LOCAL_KEY_PREFIX = 'common-ground.';

/** The IndexedDB database's name (storage's DEFAULT_DB_NAME; a test keeps them equal). */
export const DATABASE_NAME = 'common-ground';
