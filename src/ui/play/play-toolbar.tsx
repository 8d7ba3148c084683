import type { Phase } from '../../engine/trainee';
import { PageHeading } from '../common/page-heading';
import { SoundControls } from './sound-controls';

interface Props {
  title: string;
  phases: Phase[];
  phaseId: string | null;
  ended: boolean;
  onPause: () => void;
  onRestart: () => void;
  onLeave: () => void;
}

/** The scenario's title and stage, and the few controls a conversation needs. */
export function PlayToolbar({ title, phases, phaseId, ended, onPause, onRestart, onLeave }: Props) {
  const index = phases.findIndex((phase) => phase.id === phaseId);
  const phase = phases[index];
  return (
    <div className="play-toolbar">
      <div className="play-title">
        <PageHeading>{title}</PageHeading>
        {phase && (
          <p className="play-phase">
            {phase.title} · stage {index + 1} of {phases.length}
          </p>
        )}
      </div>
      <div className="play-actions">
        <button type="button" className="button button-small" onClick={onPause} disabled={ended}>
          Pause
        </button>
        <button type="button" className="button button-small" onClick={onRestart} disabled={ended}>
          Restart
        </button>
        <button type="button" className="button button-small" onClick={onLeave} disabled={ended}>
          Leave
        </button>
        <SoundControls />
      </div>
    </div>
  );
}
