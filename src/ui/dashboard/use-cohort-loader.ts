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
  /** Of `attempts`: how many joined the cohort, and how many were already in it (the same attempt, identical). */
  added: number;
  duplicates: number;
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
  /** Files in chosen folders that are not .json (a folder's other papers), passed over. */
  passedOver: number;
  summary: CohortSummary | null;
}

const EMPTY: CohortLoadState = { busy: false, total: 0, done: 0, loaded: [], rejected: [], passedOver: 0, summary: null };

/** A file's name as the instructor sees it: with its folder when it came from one. */
const displayName = (file: File) => file.webkitRelativePath || file.name;

/** In a chosen folder, only .json files can be trainees' files; anything else there is someone's notes. */
const passedOver = (file: File) => Boolean(file.webkitRelativePath) && !/\.json$/i.test(file.name);

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
    let added = 0;
    for (let start = 0; start < attempts.length; start += SLICE) {
      for (const attempt of attempts.slice(start, start + SLICE)) if (accumulator.current.add(attempt)) added += 1;
      if (attempts.length > SLICE) await pause();
    }
    return { added, duplicates: attempts.length - added };
  }, []);

  const loadFiles = useCallback(
    /** `alsoPassedOver`: files the caller already passed over (inside a dropped folder). */
    async (chosen: readonly File[], alsoPassedOver = 0) => {
      const files = chosen.filter((file) => !passedOver(file));
      const skipped = chosen.length - files.length + alsoPassedOver;
      if (chosen.length === 0 && skipped === 0) return;
      setState((current) => ({ ...current, busy: true, total: files.length, done: 0, passedOver: current.passedOver + skipped }));
      for (const [index, file] of files.entries()) {
        const name = displayName(file);
        let result: CohortFileResult;
        try {
          result = await readCohortFileLoading(name, await file.text(), (attempts) => loadScenarioVersions(source, attempts));
        } catch {
          result = { ok: false, fileName: name, reason: 'not-json', message: 'The file could not be read.' };
        }
        const entry = result.ok
          ? {
              loaded: {
                name,
                trainees: result.trainees,
                attempts: result.attempts.length,
                ...(await addSlices(result.attempts)),
                leftOut: result.leftOut,
              },
            }
          : { rejected: { name, message: result.message } };
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

  /** For other sources (the LRS): attempts already in the dashboard's shape, each marked as coming from `name`. */
  const addAttempts = useCallback(
    async (name: string, attempts: CohortAttempt[]) => {
      const counts = await addSlices(attempts.map((attempt) => (attempt.source === undefined ? { ...attempt, source: name } : attempt)));
      const summary = accumulator.current.summary();
      const trainees = new Set(attempts.map((attempt) => attempt.traineeKey)).size;
      setState((current) => ({
        ...current,
        loaded: [...current.loaded, { name, trainees, attempts: attempts.length, ...counts }],
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
