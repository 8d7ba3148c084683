import { useCallback, useRef, useState } from 'react';
import {
  createCohortAccumulator,
  readCohortFileLoading,
  type CohortAccumulator,
  type CohortAttempt,
  type CohortFileResult,
  type CohortSummary,
} from '../../export/records';
import { useScenarioSource } from '../scenarios/scenario-source';
import { loadScenarioVersions } from '../scenarios/scenario-versions';

/** Attempts added between pauses: keeps each slice of work well under a frame budget's worth of jank. */
const SLICE = 5_000;

/** Lets the browser paint the progress bar and handle input between slices. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface LoadedSource {
  name: string;
  trainees: number;
  attempts: number;
  /** One sentence per record of the file left out for impossible numbers or dates. */
  leftOut?: string[];
}

export interface RejectedFile {
  name: string;
  message: string;
}

export interface CohortLoadState {
  busy: boolean;
  /** Files in the current batch, and how many have been read. */
  total: number;
  done: number;
  loaded: LoadedSource[];
  rejected: RejectedFile[];
  summary: CohortSummary | null;
}

const EMPTY: CohortLoadState = { busy: false, total: 0, done: 0, loaded: [], rejected: [], summary: null };

/**
 * Reads trainees' export files one by one, validating each (a bad file is
 * listed with its reason and the rest still load), re-scoring every attempt
 * from its transcript against the scenario version it names, and feeding the incremental
 * aggregation in slices, so a large cohort never freezes the page.
 */
export function useCohortLoader() {
  const [state, setState] = useState<CohortLoadState>(EMPTY);
  const accumulator = useRef<CohortAccumulator>(createCohortAccumulator());
  const source = useScenarioSource();

  const addSlices = useCallback(async (attempts: CohortAttempt[]) => {
    for (let start = 0; start < attempts.length; start += SLICE) {
      for (const attempt of attempts.slice(start, start + SLICE)) accumulator.current.add(attempt);
      if (attempts.length > SLICE) await pause();
    }
  }, []);

  const loadFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setState((current) => ({ ...current, busy: true, total: files.length, done: 0 }));
      for (const [index, file] of files.entries()) {
        let result: CohortFileResult;
        try {
          result = await readCohortFileLoading(file.name, await file.text(), (attempts) => loadScenarioVersions(source, attempts));
        } catch {
          result = { ok: false, fileName: file.name, reason: 'not-json', message: 'The file could not be read.' };
        }
        if (result.ok) await addSlices(result.attempts);
        const entry = result.ok
          ? { loaded: { name: file.name, trainees: result.trainees, attempts: result.attempts.length, leftOut: result.leftOut } }
          : { rejected: { name: file.name, message: result.message } };
        setState((current) => ({
          ...current,
          done: index + 1,
          loaded: entry.loaded ? [...current.loaded, entry.loaded] : current.loaded,
          rejected: entry.rejected ? [...current.rejected, entry.rejected] : current.rejected,
        }));
        await pause();
      }
      const summary = accumulator.current.summary();
      setState((current) => ({ ...current, busy: false, summary: summary.attemptCount > 0 ? summary : null }));
    },
    [addSlices, source],
  );

  /** For other sources (the LRS, later): attempts already in the dashboard's shape. */
  const addAttempts = useCallback(
    async (name: string, attempts: CohortAttempt[]) => {
      await addSlices(attempts);
      const summary = accumulator.current.summary();
      const trainees = new Set(attempts.map((attempt) => attempt.traineeKey)).size;
      setState((current) => ({
        ...current,
        loaded: [...current.loaded, { name, trainees, attempts: attempts.length }],
        summary: summary.attemptCount > 0 ? summary : null,
      }));
    },
    [addSlices],
  );

  const clear = useCallback(() => {
    accumulator.current = createCohortAccumulator();
    setState(EMPTY);
  }, []);

  return { state, loadFiles, addAttempts, clear };
}
