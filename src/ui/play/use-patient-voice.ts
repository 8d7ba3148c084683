import { useEffect } from 'react';
import type { SessionView } from '../../engine/trainee';
import { useAudio } from '../audio/audio-context';
import { afterFirstScreen } from '../common/after-first-screen';
import { useAppData } from '../data/app-data-context';
import type { Loaded } from '../data/use-loaded';
import type { PackVoices } from '../packs/use-pack-voices';

/**
 * Sound for each new patient line: a soft cue, then the recorded clip or, if
 * the trainee turned it on, speech synthesis. Captions are always on screen.
 * A clip the scenario's pack brought (`packVoices`, object URLs of clips kept
 * in storage) comes first; until those have been read (or have failed to be)
 * no line plays, so the opening line is not spoken twice. Also prepares the
 * audio context as the screen opens, and runs the optional room tone while the
 * conversation is open.
 */
export function usePatientVoice(view: SessionView, packVoices: Loaded<PackVoices>): void {
  const audio = useAudio();
  const { settings } = useAppData();
  const line = view.patientLine;
  const key = `${view.transcript.length}:${view.nodeId}`;
  const text = line?.text ?? null;
  const packVoice = packVoices.data?.get(view.nodeId) ?? null;
  const clip = line?.audio ?? null;
  const speak = settings.speechSynthesis;
  const ready = packVoices.status !== 'loading';

  useEffect(() => {
    if (text === null || !ready) return;
    audio.playCue('line');
    if (packVoice) audio.playVoice(packVoice.url, packVoice.format);
    else if (clip) audio.playVoice(clip);
    else if (speak) audio.speak(text);
    return () => audio.stopVoice();
    // Keyed on the line, not on the settings: toggling speech does not replay the line.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [audio, key, ready]);

  // While the trainee reads the opening line, not beside their first choice, nor while that line is loading.
  useEffect(() => {
    let live = true;
    afterFirstScreen(() => live && audio.prepare());
    return () => {
      live = false;
    };
  }, [audio]);

  useEffect(() => {
    audio.setAmbient(settings.ambient);
    return () => audio.setAmbient(false);
  }, [audio, settings.ambient]);
}
