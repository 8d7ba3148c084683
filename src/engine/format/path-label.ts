import type { DocumentPath } from './make-diagnostic';

const ITEM_NAMES: Record<string, string> = {
  nodes: 'node',
  endings: 'ending',
  choices: 'choice',
  phases: 'phase',
  routes: 'route',
};

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const id = (value as Record<string, unknown>).id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : undefined;
}

/**
 * A path in an author's words: ["nodes", 3, "choices", 0, "next"] becomes
 * `node "opening-4" › choice "a" › next`. Items without an id are numbered
 * from 1, as people count.
 */
export function describePath(path: DocumentPath, data: unknown): string {
  const parts: string[] = [];
  let fields: string[] = [];
  let value: unknown = data;
  for (const segment of path) {
    value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'string') {
      fields.push(segment);
      continue;
    }
    const owner = fields.pop();
    const itemName = owner === undefined ? undefined : ITEM_NAMES[owner];
    const id = itemName && itemName !== 'route' ? idOf(value) : undefined;
    const label = id === undefined ? `${segment + 1}` : `"${id}"`;
    if (itemName) {
      if (fields.length > 0) parts.push(fields.join('.'));
      parts.push(`${itemName} ${label}`);
    } else {
      parts.push(`${[...fields, owner ?? 'list'].join('.')} item ${label}`);
    }
    fields = [];
  }
  if (fields.length > 0) parts.push(fields.join('.'));
  return parts.length === 0 ? 'scenario' : parts.join(' › ');
}
