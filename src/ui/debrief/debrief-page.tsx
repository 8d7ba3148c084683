import './debrief.css';
import { useMemo } from 'react';
import { firstName } from '../../engine/trainee';
import { hrefFor } from '../app/parse-route';
import { useFirstScreenShown } from '../common/after-first-screen';
import { formatDateTime } from '../common/format-date-time';
import { LoadFailed } from '../common/load-failed';
import { PageHeading } from '../common/page-heading';
import { useEvidence } from '../evidence/use-evidence';
import { OwnWordsPanel } from '../free-text/own-words-panel';
import { AfterIncident } from './after-incident';
import { AnnotatedTranscript } from './annotated-transcript';
import { SendResultsButton } from '../history/send-results-button';
import { DebriefSummary } from './debrief-summary';
import { decisionItems } from './decision-model';
import { KeyDecisions } from './key-decisions';
import { metIncident } from './met-incident';
import { MitiPanel } from './miti-panel';
import { ScoringProgress } from './scoring-progress';
import { TrajectoryChart } from './trajectory-chart';
import { useDebrief, type DebriefState } from './use-debrief';
import { useStagedReveal } from './use-staged-reveal';

type Ready = Extract<DebriefState, { kind: 'ready' }>;

/**
 * #/debrief/<attemptId>, read in two minutes: summary first (outcome, score,
 * the five dimensions, three takeaways), then the decisions to learn from and
 * the patient's anger and trust. The MITI indicators, the annotated transcript,
 * definitions and most evidence sit behind disclosures
 * (tests/e2e/debrief-length.spec.ts holds the page to two desktop screens).
 */
export function DebriefPage({ attemptId }: { attemptId: string }) {
  const state = useDebrief(attemptId);
  useFirstScreenShown(state.kind !== 'loading');
  if (state.kind === 'loading') return <p className="loading">Loading the debrief…</p>;
  if (state.kind === 'failed') {
    return (
      <article className="debrief">
        <PageHeading>Debrief</PageHeading>
        <LoadFailed what="this debrief" error={state.error} onRetry={state.reload} />
      </article>
    );
  }
  if (state.kind === 'missing') {
    return (
      <section className="panel">
        <PageHeading>Debrief not found</PageHeading>
        <p>This attempt is not saved for the current profile. It may belong to another profile on this device.</p>
        <p>
          <a href="#/history">Go to your history</a>
        </p>
      </section>
    );
  }
  if (state.kind === 'scoring') {
    return (
      <article className="debrief">
        <PageHeading>Debrief: {state.record.scenarioTitle}</PageHeading>
        <ScoringProgress />
      </article>
    );
  }
  return <DebriefReady state={state} />;
}

function DebriefReady({ state }: { state: Ready }) {
  const { record, compiled, ending, score, debrief } = state;
  const evidence = useEvidence();
  const scenario = compiled?.scenario ?? null;
  const patientName = scenario?.persona.name ?? 'The patient';
  const highlighted = useMemo(() => new Set(debrief?.highlights.map((h) => h.turn)), [debrief]);
  const items = useMemo(
    () => decisionItems(record.transcript, score?.decisions ?? [], scenario, highlighted),
    [record.transcript, score, scenario, highlighted],
  );
  // The summary paints first; the panels below the fold follow, then the
  // transcript (every decision, annotated, though closed), the costliest part.
  const stage = useStagedReveal(2);
  const title = ending?.title ?? record.scenarioTitle;
  const retryHref = (turn: number) =>
    compiled && record.checkpoints[turn] !== undefined
      ? hrefFor({ name: 'play', scenarioId: record.scenarioId, from: { attemptId: record.id, turn } })
      : null;

  return (
    <article className="debrief">
      <PageHeading title={`Debrief: ${title}`}>
        Debrief: {title}
        {record.status === 'abandoned' && <span className="muted"> (ended early)</span>}
      </PageHeading>
      <p className="muted debrief-meta">
        {record.scenarioTitle} · {formatDateTime(record.finishedAt)}
      </p>
      {!compiled && (
        <p className="notice">
          This scenario has changed (or is no longer available) since this attempt, so some of its lines and the replay from a decision are
          not available.
        </p>
      )}
      <DebriefSummary record={record} ending={ending} score={score} debrief={debrief} />
      {metIncident(record.transcript, scenario, ending?.id ?? null) && <AfterIncident evidence={evidence} />}
      <nav className="debrief-actions" aria-label="After the debrief">
        <a className="button button-primary" href={hrefFor({ name: 'play', scenarioId: record.scenarioId })}>
          Try this scenario again
        </a>
        <a href="#/">Back to the library</a>
        <a href="#/history">Your history</a>
        <SendResultsButton />
      </nav>
      {stage >= 1 && (
        <>
          {debrief && (
            <KeyDecisions takeaways={debrief.takeaways} patientName={firstName(patientName)} evidence={evidence} retryHref={retryHref} />
          )}
          <TrajectoryChart transcript={record.transcript} patientName={patientName} />
          {score && debrief && <MitiPanel card={score.miti} words={debrief.miti} />}
          <OwnWordsPanel transcript={record.transcript} chosen={score?.miti ?? null} />
        </>
      )}
      {stage >= 2 && <AnnotatedTranscript items={items} patientName={patientName} evidence={evidence} retryHref={retryHref} />}
    </article>
  );
}
