/**
 * Which modules the bundler puts together in one chunk. Left to itself it
 * makes a chunk for every distinct set of importers, and a trainee route
 * fetched 16 to 21 files before its first screen (storage 11 more), many
 * under 1 KB. Over HTTP/1.1 a browser opens at most six connections to a
 * host, so on a slow phone network each extra file waits for a round trip
 * (Lighthouse's mobile model: 150 ms). Grouped by what the routes share,
 * each route fetches about half as many files, with nearly the same bytes.
 *
 * Each group names its modules one by one, never a whole folder, and the
 * groups do not take in what their modules import: a module the entry needs,
 * pulled into a group, would make every screen (the library too) download
 * that group before it can draw. `chunk-groups.test.ts` checks every name is
 * a file, and tests/e2e/bundle-budget.spec.ts the files and bytes per route.
 */
export interface ChunkGroupSpec {
  name: string;
  /** Higher first: a module two groups name goes to the higher. */
  priority: number;
  /** Folder (from the project root) → file names without extension (.ts, .tsx or .json). */
  modules: Record<string, string[]>;
  /** npm packages taken whole. */
  packages?: string[];
}

export const CHUNK_GROUP_SPECS: ChunkGroupSpec[] = [
  {
    // Small engine and storage modules that play, history and storage all use. First, so storage's group
    // leaves them here: there, the play route would have to load storage's code before it could start.
    name: 'engine-shared',
    priority: 40,
    modules: {
      'src/engine/runtime': ['choice-order', 'mulberry32', 'content-hash', 'compile-scenario'],
      'src/engine/scoring': ['scoring.types'],
      'src/storage': ['errors'],
    },
  },
  {
    // The trainee's records: IndexedDB (Dexie), the checks every stored record passes (zod), and the
    // record files. Fetched beside every trainee route, once.
    name: 'storage',
    priority: 30,
    modules: {
      'src/storage': [
        'index',
        'new-id',
        'notices',
        'open-store',
        'store-attempts',
        'store-context',
        'store-extras',
        'store-packs',
        'store-trainee',
      ],
      'src/storage/backend': ['backend.types', 'dexie-backend', 'memory-backend', 'schema'],
      'src/storage/validate': ['checks', 'record-checks', 'pack-clip-check', 'pack-scenario-check', 'repair-settings'],
      'src/export/backup': ['record-transfer'],
    },
    packages: ['dexie', 'zod'],
  },
  {
    // The conversation's engine (XState, the session) and its response buttons: the play screen's.
    name: 'conversation',
    priority: 20,
    modules: {
      'src/engine/runtime': [
        'create-scenario-machine',
        'create-session',
        'machine-setup',
        'restore-session',
        'scenario-index',
        'select-view',
        'session-start',
      ],
      'src/engine/model': ['expression'],
      'src/ui/play': ['choice-button', 'use-number-keys'],
    },
    packages: ['xstate'],
  },
  {
    // What the play screen, the debrief and the history share: the route's scoring and the model's
    // parameters, line entrances and motion's loader, icons, dates.
    name: 'trainee-shared',
    priority: 10,
    modules: {
      'src/engine/model': ['route', 'rubric-effects', 'parameters'],
      seeds: ['rubric-effects'],
      'src/ui/scenarios': ['score-attempt-async'],
      'src/ui/motion': ['enter-line', 'lazy-animate'],
      'src/ui/charts': ['state-icons'],
      'src/ui/common': ['format-date-time'],
    },
  },
  {
    // The debrief's and the history's reading of an attempt: the rubric, the explanations, the charts' parts.
    name: 'attempt-views',
    priority: 5,
    modules: {
      'src/engine/model': ['rubric'],
      seeds: ['rubric'],
      'src/engine/scoring': [
        'explain',
        'scenario-moves',
        'debrief',
        'debrief-miti',
        'debrief-moments',
        'debrief-highlights',
        'meter-words',
        'takeaways',
      ],
      'src/ui/free-text': ['describe-reading'],
      'src/ui/charts': ['bar-chart', 'use-grow-bars', 'axes', 'chart-figure', 'linear-scale', 'use-chart-width', 'patterns'],
      'src/ui/history': ['send-results-button'],
      'src/ui/debrief': ['trajectory'],
    },
    packages: ['d3-array'],
  },
];

const SEPARATOR = String.raw`[\\/]`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);

/** A module id (an absolute path, either separator) this spec names. */
export function groupTest({ modules, packages = [] }: ChunkGroupSpec): RegExp {
  const files = Object.entries(modules).map(
    ([folder, names]) =>
      `${SEPARATOR}${folder.split('/').map(escape).join(SEPARATOR)}${SEPARATOR}(?:${names.map(escape).join('|')})\\.(?:tsx?|json)$`,
  );
  const whole = packages.length > 0 ? [`${SEPARATOR}node_modules${SEPARATOR}(?:${packages.map(escape).join('|')})${SEPARATOR}`] : [];
  return new RegExp([...files, ...whole].join('|'));
}

/** For rolldown's output.codeSplitting.groups. */
export const CHUNK_GROUPS = CHUNK_GROUP_SPECS.map((spec) => ({ name: spec.name, priority: spec.priority, test: groupTest(spec) }));
