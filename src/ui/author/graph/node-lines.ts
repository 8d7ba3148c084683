/**
 * Where each node and ending starts in the source, by a line scan rather
 * than a second YAML parse: the full `yaml` syntax tree costs a few hundred
 * milliseconds on a 1,000-node file, which the worker pays on every edit.
 *
 * Nodes and endings appear under `nodes:` and `endings:` in list order, so
 * each id is looked for after the previous one, in the column where the
 * first one was found; choice ids, nested deeper, are skipped.
 */
const ID_PATTERN = /(?:^|[\s{,-])id\s*:\s*["']?([^\s"',}#\]]+)/g;
const FLOW_ITEM = /^\s*-\s*\{/;
const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)\s*:/;

function sectionRange(lines: string[], key: string): [number, number] | null {
  const start = lines.findIndex((line) => TOP_LEVEL_KEY.exec(line)?.[1] === key);
  if (start === -1) return null;
  let end = start + 1;
  while (end < lines.length && !TOP_LEVEL_KEY.test(lines[end] ?? '')) end += 1;
  return [start, end];
}

function scan(lines: string[], range: [number, number] | null, ids: readonly string[], out: Map<string, number>): void {
  if (!range) return;
  let next = 0;
  // Block-style entries keep their `id:` in one column; deeper ones (choice ids) are skipped.
  let column = -1;
  for (let i = range[0]; i < range[1] && next < ids.length; i += 1) {
    const line = lines[i] ?? '';
    if (!line.includes('id')) continue;
    const flow = FLOW_ITEM.test(line);
    for (const match of line.matchAll(ID_PATTERN)) {
      const id = match[1];
      const at = (match.index ?? 0) + match[0].indexOf('id');
      if (id === undefined || id !== ids[next] || (column !== -1 && at !== column && !flow)) continue;
      if (column === -1 && !flow) column = at;
      if (!out.has(id)) out.set(id, i + 1);
      next += 1;
      if (next >= ids.length) break;
    }
  }
}

/** 1-based line of each id's `id:`; ids that could not be found are left out. */
export function findIdLines(source: string, nodeIds: readonly string[], endingIds: readonly string[]): Map<string, number> {
  const lines = source.split('\n');
  const out = new Map<string, number>();
  scan(lines, sectionRange(lines, 'nodes'), nodeIds, out);
  scan(lines, sectionRange(lines, 'endings'), endingIds, out);
  return out;
}
