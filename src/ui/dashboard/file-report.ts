import type { LoadedSource } from './use-cohort-loader';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * What one loaded file gave the cohort, in plain words: "added 3 attempts;
 * 1 was already loaded (counted once); 1 record left out (see below)".
 */
export function fileReport(source: LoadedSource): string {
  const parts = [`added ${plural(source.added, 'attempt')}`];
  if (source.duplicates > 0) {
    parts.push(`${plural(source.duplicates, 'attempt was', 'attempts were')} already loaded (counted once)`);
  }
  const leftOut = source.leftOut?.length ?? 0;
  if (leftOut > 0) parts.push(`${plural(leftOut, 'record')} left out (see below)`);
  return parts.join('; ');
}
