import { useEffect } from 'react';
import type { SessionView } from '../../engine/trainee';
import { useAudio } from '../audio/audio-context';
import { useAppData } from '../data/app-data-context';

/**
 * Sound for each new patient line: a soft cue, then the recorded clip or, if
 * the trainee turned it on, speech synthesis. Captions are always on screen.
 * Also prepares the audio context as the screen opens, and runs the optional
 * room tone while the conversation is open.
 */
export function usePatientVoice(view: SessionView): void {
  const audio = useAudio();
  const { settings } = useAppData();
  const line = view.patientLine;
  const key = `${view.transcript.length}:${view.nodeId}`;
  const text = line?.text ?? null;
  const clip = line?.audio ?? null;
  const speak = settings.speechSynthesis;

  useEffect(() => {
    if (text === null) return;
    audio.playCue('line');
    if (clip) audio.playVoice(clip);
    else if (speak) audio.speak(text);
    return () => audio.stopVoice();
    // Keyed on the line, not on the settings: toggling speech does not replay the line.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [audio, key]);

  // While the trainee reads the opening line, not beside their first choice.
  useEffect(() => audio.prepare(), [audio]);

  useEffect(() => {
    audio.setAmbient(settings.ambient);
    return () => audio.setAmbient(false);
  }, [audio, settings.ambient]);
}
