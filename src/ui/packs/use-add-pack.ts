import { useCallback, useState } from 'react';
import type { PackClipRecord, PackScenarioRecord } from '../../storage/storage.types';
import { useAppData } from '../data/app-data-context';
import type { PackCheckOutcome } from './pack-check-types';
import { usePackLibrary } from './pack-library';
import { runPackCheck } from './run-pack-check';

export interface Replacement {
  older: PackScenarioRecord;
  newer: PackScenarioRecord;
}

export type AddState =
  | { step: 'idle' }
  | { step: 'checking'; name: string }
  | { step: 'rejected'; name: string; outcome: Extract<PackCheckOutcome, { ok: false }> }
  | { step: 'confirm'; name: string; records: PackScenarioRecord[]; clips: PackClipRecord[]; replacing: Replacement[] }
  | { step: 'added'; name: string; added: string[]; unchanged: string[] }
  | { step: 'kept'; name: string }
  | { step: 'failed'; message: string };

const SAVE_FAILED =
  'The scenarios passed the check but could not be saved on this device (it may be full, or the browser is not letting the app save). Nothing was changed.';

/**
 * Adding a pack: check it in a worker, ask before replacing a scenario
 * already added (same id, other content), then store every scenario in one
 * write, or none.
 */
export function useAddPack() {
  const { store } = useAppData();
  const { builtInIds } = usePackLibrary();
  const [state, setState] = useState<AddState>({ step: 'idle' });
  const packs = store?.packScenarios;

  const save = useCallback(
    async (name: string, records: PackScenarioRecord[], clips: PackClipRecord[], unchanged: string[]) => {
      try {
        if (records.length > 0) await packs?.add(records, clips);
        setState({ step: 'added', name, added: records.map((r) => r.compiled.scenario.title), unchanged });
      } catch (error) {
        // By name: the storage module (and its error classes) loads lazily. Its message is the trainee's.
        const overBudget = error instanceof Error && error.name === 'PackClipBudgetError';
        setState({ step: 'failed', message: overBudget ? error.message : SAVE_FAILED });
      }
    },
    [packs],
  );

  const add = useCallback(
    async (bytes: Uint8Array, name: string) => {
      if (!packs) return setState({ step: 'failed', message: 'This browser cannot keep added scenarios.' });
      setState({ step: 'checking', name });
      let outcome: PackCheckOutcome;
      try {
        outcome = await runPackCheck({ bytes, builtInIds: [...builtInIds] });
      } catch {
        return setState({
          step: 'failed',
          message: 'The pack could not be checked: part of Common Ground did not load. Reload the page and try again.',
        });
      }
      if (!outcome.ok) return setState({ step: 'rejected', name, outcome });
      const now = Date.now();
      const current = (await packs.list()).records.filter((record) => record.replacedAt === null);
      const incoming = outcome.scenarios.map<PackScenarioRecord>((compiled) => ({
        contentHash: compiled.contentHash,
        scenarioId: compiled.scenario.id,
        compiled,
        pack: { name, publishedAt: outcome.publishedAt },
        addedAt: now,
        replacedAt: null,
      }));
      const unchanged = incoming.filter((record) => current.some((c) => c.contentHash === record.contentHash));
      const fresh = incoming.filter((record) => !unchanged.includes(record));
      const replacing = fresh.flatMap((newer) => {
        const older = current.find((c) => c.scenarioId === newer.scenarioId);
        return older ? [{ older, newer }] : [];
      });
      const freshHashes = new Set(fresh.map((record) => record.contentHash));
      const clips = outcome.clips.filter((clip) => freshHashes.has(clip.contentHash));
      const unchangedTitles = unchanged.map((r) => r.compiled.scenario.title);
      if (replacing.length > 0) return setState({ step: 'confirm', name, records: fresh, clips, replacing });
      return save(name, fresh, clips, unchangedTitles);
    },
    [builtInIds, packs, save],
  );

  const confirm = useCallback(
    (replace: boolean) => {
      if (state.step !== 'confirm') return;
      if (!replace) return setState({ step: 'kept', name: state.name });
      void save(state.name, state.records, state.clips, []);
    },
    [save, state],
  );

  const fail = useCallback((message: string) => setState({ step: 'failed', message }), []);

  return { state, ready: store !== null, add, confirm, fail };
}
