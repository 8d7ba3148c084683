import type { Activity, Context } from '../xapi/xapi-types';

type ListName = 'parent' | 'grouping' | 'category' | 'other';
const LISTS: ListName[] = ['parent', 'grouping', 'category', 'other'];

function withoutDuplicates(first: Activity[], more: Activity[]): Activity[] {
  const seen = new Set(first.map((activity) => activity.id));
  return [...first, ...more.filter((activity) => !seen.has(activity.id))];
}

/**
 * The LMS's context template with the AU's additions (cmi5 §10: the AU "MUST
 * NOT overwrite any values provided in the contextTemplate"): the template's
 * context activities come first and ours are appended, its extensions win
 * over ours, and the launch's registration is set.
 */
export function mergeContext(template: Context, registration: string, extra: Context = {}): Context {
  const merged: Context = { ...extra, ...structuredClone(template), registration };
  const activities: NonNullable<Context['contextActivities']> = {};
  for (const list of LISTS) {
    const combined = withoutDuplicates(template.contextActivities?.[list] ?? [], extra.contextActivities?.[list] ?? []);
    if (combined.length > 0) activities[list] = combined;
  }
  if (Object.keys(activities).length > 0) merged.contextActivities = activities;
  const extensions = { ...extra.extensions, ...template.extensions };
  if (Object.keys(extensions).length > 0) merged.extensions = extensions;
  return merged;
}
