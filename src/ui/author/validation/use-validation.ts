import { useEffect, useRef, useState } from 'react';
import type { GraphLayout } from '../graph/graph-model';
import { FULL_DELAY_MS, QUICK_DELAY_MS } from './validation-timing';
import type { ValidationResult } from './validation-types';
import { createValidators, type Validator } from './validator';

export interface ValidationState {
  /** The newest result for this document that matched its text when it arrived. */
  result: ValidationResult | null;
  /** The newest graph; kept when the text stops parsing. */
  graph: GraphLayout | null;
  graphStale: boolean;
  /** A check is scheduled or running for the current text. */
  checking: boolean;
}

export type ValidatorFactory = () => { quick: Validator; full: Validator };

interface Stored {
  docKey: number;
  result: ValidationResult | null;
  graph: GraphLayout | null;
  graphKey: string | null;
  graphStale: boolean;
  /** The text whose checks are complete. */
  doneFor: string | null;
}

const EMPTY: Stored = { docKey: -1, result: null, graph: null, graphKey: null, graphStale: false, doneFor: null };

/**
 * Checks the text off the main thread after each pause in typing: first the
 * quick check (diagnostics and graph), then the full one (route analysis and
 * lints). Results for text that has since changed are dropped, and results
 * for another document (`docKey`) are never shown.
 */
export function useValidation(
  text: string | null,
  fileName: string,
  docKey: number,
  factory: ValidatorFactory = createValidators,
): ValidationState {
  const [stored, setStored] = useState<Stored>(EMPTY);
  const validators = useRef<{ quick: Validator; full: Validator } | null>(null);
  const version = useRef(0);
  /** The key of the graph on screen, sent with each request (read in timers, never while rendering). */
  const shownGraph = useRef<string | null>(null);

  useEffect(() => {
    shownGraph.current = stored.docKey === docKey ? stored.graphKey : null;
  }, [stored, docKey]);

  useEffect(() => {
    const created = factory();
    validators.current = created;
    return () => {
      created.quick.dispose();
      created.full.dispose();
      validators.current = null;
    };
  }, [factory]);

  useEffect(() => {
    if (text === null) return;
    const mine = ++version.current;
    const apply = (result: ValidationResult | null, done: boolean) => {
      if (!result || result.version !== version.current) return;
      setStored((s) => {
        const same = s.docKey === docKey;
        const previous = same ? s.graph : null;
        const doneFor = done ? text : null;
        if (result.graphUnchanged)
          return { docKey, result, graph: previous, graphKey: same ? s.graphKey : null, graphStale: false, doneFor };
        const graph = result.graph ?? previous;
        return {
          docKey,
          result,
          graph,
          graphKey: result.graph ? result.graphKey : same ? s.graphKey : null,
          graphStale: result.graph === null && previous !== null,
          doneFor,
        };
      });
    };
    let fullTimer: ReturnType<typeof setTimeout> | undefined;
    const quickTimer = setTimeout(() => {
      const request = { version: mine, source: text, fileName, analyse: false, haveGraph: shownGraph.current };
      void validators.current?.quick.run(request).then((quick) => {
        // The checker only analyses files without errors, so a failed quick check is final.
        const needsFull = quick !== null && quick.ok;
        apply(quick, !needsFull);
        if (!needsFull || mine !== version.current) return;
        fullTimer = setTimeout(() => {
          void validators.current?.full.run({ ...request, analyse: true, haveGraph: shownGraph.current }).then((full) => apply(full, true));
        }, FULL_DELAY_MS);
      });
    }, QUICK_DELAY_MS);
    return () => {
      clearTimeout(quickTimer);
      clearTimeout(fullTimer);
    };
  }, [text, fileName, docKey]);

  if (text === null || stored.docKey !== docKey) return { result: null, graph: null, graphStale: false, checking: text !== null };
  return { result: stored.result, graph: stored.graph, graphStale: stored.graphStale, checking: stored.doneFor !== text };
}
