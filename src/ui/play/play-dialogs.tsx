import { ConfirmDialog } from '../common/confirm-dialog';

export type PlayDialog = 'leave' | 'restart' | null;

interface Props {
  dialog: PlayDialog;
  paused: boolean;
  onResume: () => void;
  onClose: () => void;
  onRestart: () => void;
  onLeave: (keep: boolean) => void;
}

/** Pause, restart and leave: each says plainly what happens to the attempt. */
export function PlayDialogs({ dialog, paused, onResume, onClose, onRestart, onLeave }: Props) {
  if (dialog === 'restart') {
    return (
      <ConfirmDialog
        title="Start again from the beginning?"
        onCancel={onClose}
        actions={[
          { label: 'Keep going', onSelect: onClose, variant: 'primary' },
          { label: 'Start again', onSelect: onRestart, variant: 'danger' },
        ]}
      >
        <p>This attempt will be saved in your history as abandoned, and a new one starts with the patient as they were.</p>
      </ConfirmDialog>
    );
  }
  if (dialog === 'leave') {
    return (
      <ConfirmDialog
        title="Leave this conversation?"
        onCancel={onClose}
        actions={[
          { label: 'Save and leave', onSelect: () => onLeave(true), variant: 'primary' },
          { label: 'End attempt', onSelect: () => onLeave(false), variant: 'danger' },
          { label: 'Stay', onSelect: onClose },
        ]}
      >
        <p>
          <strong>Save and leave</strong> keeps your place, paused: the library shows “Resume” and you carry on exactly here.
        </p>
        <p>
          <strong>End attempt</strong> saves it in your history as abandoned, without a score.
        </p>
      </ConfirmDialog>
    );
  }
  if (paused) {
    return (
      <ConfirmDialog title="Paused" onCancel={onResume} actions={[{ label: 'Resume', onSelect: onResume, variant: 'primary' }]}>
        <p>The conversation is paused and any response timer has stopped. Take the time you need.</p>
      </ConfirmDialog>
    );
  }
  return null;
}
