import { useMemo } from 'react';
import type { Scenario } from '../../../engine/trainee';
import { useLoaded } from '../../data/use-loaded';
import type { PublishFile } from './build-pack';

const NONE: ReadonlyMap<string, Scenario | null> = new Map();

/**
 * The scenarios of the drafts ticked for the pack (file name → scenario, or
 * null while a draft has errors), so their patient lines can be listed. The
 * open file's comes from the page's own checker; drafts do not change while
 * ticked, so each is checked once, with the publishing code loaded on demand.
 */
export function useDraftScenarios(files: readonly PublishFile[]): ReadonlyMap<string, Scenario | null> {
  const key = JSON.stringify(files.map((file) => [file.fileName, file.text]));
  const load = useMemo(() => {
    const picked = JSON.parse(key) as [string, string][];
    if (picked.length === 0) return null;
    return async () => {
      const { scenarioOf } = await import('./build-pack');
      return new Map(picked.map(([fileName, text]) => [fileName, scenarioOf({ fileName, text })]));
    };
  }, [key]);
  return useLoaded(load).data ?? NONE;
}
