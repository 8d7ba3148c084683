import { memo, useMemo, useState } from 'react';
import { scoreTotals, type CompiledScenario, type Scenario } from '../../../engine/trainee';
import { PreviewPlay } from './preview-play';
import { PreviewStart, type PreviewSettings } from './preview-start';
import { usePreviewSession } from './use-preview-session';

interface Props {
  /** The built form of the current text, or null while it has errors. */
  compiled: CompiledScenario | null;
}

/** The author's choices, kept valid for the current scenario (a deleted start node falls back to the start). */
function settingsFor(scenario: Scenario, chosen: PreviewSettings | null): PreviewSettings {
  if (!chosen) return { startNodeId: scenario.start, state: { ...scenario.initialState }, realTime: false };
  return scenario.nodes.some((n) => n.id === chosen.startNodeId) ? chosen : { ...chosen, startNodeId: scenario.start };
}

/** Play the scenario from any node with any patient state, using the engine's own session. */
export const PreviewPanel = memo(function PreviewPanel({ compiled }: Props) {
  const scenario = compiled?.scenario ?? null;
  const [chosen, setChosen] = useState<PreviewSettings | null>(null);
  const settings = scenario ? settingsFor(scenario, chosen) : null;
  const { session, settings: runningWith, view, start, stop } = usePreviewSession();

  // The analysis may arrive after the preview started; the same content hash means the same scenario.
  const analysis = session?.compiled.analysis ?? (compiled?.contentHash === session?.compiled.contentHash ? compiled?.analysis : undefined);
  const score = useMemo(() => {
    if (!session || !view?.ending || !analysis) return null;
    return scoreTotals(session.compiled, view.transcript, view.ending.id, analysis).overall;
  }, [session, view, analysis]);

  /** Starts (or restarts) the preview; a start node deleted since falls back to the scenario's start. */
  const begin = (from: CompiledScenario, wanted: PreviewSettings) => start(from, settingsFor(from.scenario, wanted));

  const outdated = session !== null && session.compiled.contentHash !== compiled?.contentHash;

  return (
    <div className="author-preview">
      {scenario && settings && compiled ? (
        <PreviewStart
          scenario={scenario}
          settings={settings}
          onChange={setChosen}
          onStart={() => begin(compiled, settings)}
          disabled={false}
        />
      ) : (
        <p>The preview needs a file without errors. Fix the errors in the problems list, and it will be ready.</p>
      )}
      {session && view && runningWith && (
        <section className="author-preview-run" aria-label="Preview">
          {outdated && (
            <p className="notice" role="status">
              The file has changed since this preview started.{' '}
              {compiled && (
                <button type="button" className="button button-small" onClick={() => begin(compiled, runningWith)}>
                  Restart with the changes
                </button>
              )}
            </p>
          )}
          <PreviewPlay scenario={session.compiled.scenario} session={session} view={view} score={score} />
          <button type="button" className="button button-small" onClick={stop}>
            Stop preview
          </button>
        </section>
      )}
    </div>
  );
});
