import './play.css';
import { memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { hrefFor, navigate } from '../app/parse-route';
import { leaveAttempt, type PlayState } from './attempt-actor';
import { buildConversation } from './build-conversation';
import { afterFirstScreen } from '../common/after-first-screen';
import { LoadFailed } from '../common/load-failed';
import { ConversationLog } from './conversation-log';
import type { OpenedPlay } from './open-play';
import { PatientPanel } from './patient-panel';
import { LazyPlayDialogs, loadPlayDialogs, useEndingPanel } from './lazy-play-dialogs';
import type { PlayDialog } from './play-dialogs';
import { PlayToolbar } from './play-toolbar';
import { ResponseArea } from './response-area';
import { revealBelowHead } from './reveal-below-head';
import { ResponseTimer } from './response-timer';
import { SaveProblem } from './save-problem';
import { useNumberKeys } from './use-number-keys';
import { usePackVoices } from '../packs/use-pack-voices';
import { usePatientVoice } from './use-patient-voice';
import { usePlayState } from './use-play-state';

/** The conversation: patient panel beside (or, on a phone, pinned above) the dialogue, responses at the bottom. */
export function PlayScreen({ opened }: { opened: OpenedPlay }) {
  return <Conversation opened={opened} state={usePlayState(opened.attempt)} />;
}

// Memoized: the urgent render of a new turn passes the same (deferred) state and is skipped (see usePlayState).
const Conversation = memo(function Conversation({ opened, state }: { opened: OpenedPlay; state: PlayState }) {
  const { attempt, compiled, notice } = opened;
  const { view } = state;
  const { persona, phases, title, setting } = compiled.scenario;
  const [dialog, setDialog] = useState<PlayDialog>(null);
  const choicesRef = useRef<HTMLDivElement>(null);
  const focusChoices = useRef(false);
  const lines = useMemo(() => buildConversation(compiled, view), [compiled, view]);
  const ended = view.status === 'ended';
  const turnKey = `${view.transcript.length}:${view.nodeId}`;
  const packVoices = usePackVoices(compiled.contentHash);
  usePatientVoice(view, packVoices);

  const turn = view.transcript.length;
  const choose = useCallback(
    (choiceId: string) => {
      focusChoices.current = true;
      // For the turn on screen only: a second click or key press before the next turn renders is ignored.
      attempt.send({ type: 'CHOOSE', choiceId, turn });
    },
    [attempt, turn],
  );
  const markFocusNext = useCallback(() => {
    focusChoices.current = true;
  }, []);
  const chooseByNumber = useCallback(
    (index: number) => {
      const choice = view.choices[index];
      if (choice) choose(choice.id);
    },
    [view.choices, choose],
  );
  // In free-text mode number keys belong to the free-text step (they override its reading).
  useNumberKeys(view.choices.length, view.status === 'active' && dialog === null && state.freeText === 'off', chooseByNumber);

  // After a turn (or a timeout while the trainee was in the list), focus returns to the responses,
  // and every response is scrolled into view below the patient.
  useEffect(() => {
    if (ended) return;
    const choices = choicesRef.current;
    if (focusChoices.current || choices?.contains(document.activeElement)) choices?.focus({ preventScroll: true });
    focusChoices.current = false;
    if (choices) revealBelowHead(choices);
  }, [turnKey, ended]);

  const EndingPanel = useEndingPanel(ended);
  // Fetched once the conversation is up, off its path; a failure is met again (and shown) if a dialog is opened.
  useEffect(() => afterFirstScreen(() => void loadPlayDialogs().catch(() => undefined)), []);

  const scenarioId = compiled.scenario.id;
  useEffect(() => {
    if (!state.finishedAttemptId) return;
    navigate(hrefFor({ name: 'debrief', attemptId: state.finishedAttemptId, scenarioId }), { replace: true });
  }, [state.finishedAttemptId, scenarioId]);

  const leave = async (keep: boolean) => {
    setDialog(null);
    await leaveAttempt(attempt, keep);
    navigate('#/');
  };
  const restart = () => {
    setDialog(null);
    focusChoices.current = true;
    attempt.send({ type: 'RESTART' });
  };

  // Paused for a failed save: the save message says why, not the pause dialog.
  const paused = view.status === 'paused' && state.saveError === null;
  const announcement = view.patientLine ? `${persona.name}: ${view.patientLine.text}` : '';

  return (
    <div className="play">
      {/* On a phone this head stays on screen while the trainee reads and chooses. */}
      <div className="play-head">
        <PlayToolbar
          title={title}
          phases={phases}
          phaseId={view.phaseId}
          ended={ended}
          onPause={() => attempt.send({ type: 'PAUSE' })}
          onRestart={() => setDialog('restart')}
          onLeave={() => setDialog('leave')}
        />
        <PatientPanel persona={persona} setting={setting} view={view} />
      </div>
      {notice && <p className="notice">{notice}</p>}
      {packVoices.error !== null && (
        <LoadFailed what="this scenario’s voice clips" error={packVoices.error} onRetry={packVoices.reload}>
          The patient’s lines are shown (and spoken, if speech is on) instead.
        </LoadFailed>
      )}
      {state.saveError && <SaveProblem message={state.saveError} onRetry={() => attempt.send({ type: 'RETRY_SAVE' })} />}
      <div className="dialogue">
        <ConversationLog lines={lines} patientName={persona.name} />
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
        {ended && view.ending ? (
          EndingPanel ? (
            // eslint-disable-next-line react-hooks/static-components -- one module's component, held in state once it arrives: the same every render
            <EndingPanel ending={view.ending} saving={!state.finishedAttemptId && !state.saveError} />
          ) : (
            <p role="status">The conversation has ended. Scoring it…</p>
          )
        ) : (
          <>
            {view.timeLimitSeconds !== null && (view.deadline !== null || view.remainingMs !== null) && (
              <ResponseTimer key={turnKey} deadline={view.deadline} remainingMs={view.remainingMs} totalMs={view.timeLimitSeconds * 1000} />
            )}
            <ResponseArea
              ref={choicesRef}
              opened={opened}
              state={state}
              disabled={view.status !== 'active' || state.saveError !== null}
              keysEnabled={dialog === null}
              onAnswering={markFocusNext}
              onChoose={choose}
            />
          </>
        )}
      </div>
      {(dialog !== null || paused) && (
        <Suspense fallback={null}>
          <LazyPlayDialogs
            dialog={dialog}
            paused={paused}
            onResume={() => attempt.send({ type: 'RESUME' })}
            onClose={() => setDialog(null)}
            onRestart={restart}
            onLeave={(keep) => void leave(keep)}
          />
        </Suspense>
      )}
    </div>
  );
});
